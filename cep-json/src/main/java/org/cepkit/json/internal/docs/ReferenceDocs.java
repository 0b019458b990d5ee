package org.cepkit.json.internal.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cepkit.json.internal.GeneratedFiles;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeLists;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.ValueType;
import org.cepkit.model.wire.WireFormat;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.RuleDefinition;

/**
 * The reference pages of {@code docs/} that follow from the one description of the wire format and from the rule
 * catalogue: {@code wire-format.md} (records, objects, value formats, code lists) and the rule reference in English
 * ({@code rules.md}) and French ({@code regles.md}). A build test compares them with the checked-in files, as for
 * the JSON Schema; {@link #main} rewrites them.
 */
public final class ReferenceDocs {

    /** {@code docs/}, from cep-json's directory. */
    public static final Path DIRECTORY_FROM_MODULE = Path.of("..", "docs");

    private static final String GENERATED = "<!-- Generated from cepkit's model and rule catalogue by"
            + " org.cepkit.json.internal.docs.ReferenceDocs: do not edit by hand. -->\n\n";

    private ReferenceDocs() {
    }

    /** Rewrites the generated pages under {@code args[0]}, or {@code ../docs}. */
    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : DIRECTORY_FROM_MODULE);
    }

    /** Writes every generated page into {@code directory}. */
    public static void write(Path directory) throws IOException {
        GeneratedFiles.write(directory, generateAll());
    }

    /** Every generated page, by file name. */
    public static Map<String, String> generateAll() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("wire-format.md", wireFormat());
        pages.put("rules.md", rules(Locale.ENGLISH));
        pages.put("regles.md", rules(Locale.FRENCH));
        return pages;
    }

    static String wireFormat() {
        StringBuilder out = new StringBuilder(GENERATED);
        out.append("# The wire format v1: records, objects, formats and code lists\n\n");
        out.append("Every record is one JSON object whose `type` names its kind and whose `id` identifies it; "
                + "`schemaVersion` is optional (`1`, `1.0`, `1.1`…: any version whose major is 1). The tables below "
                + "say, for each property, its JSON type, whether it is required, the values it takes and its bounds. "
                + "They come from the same description as cepkit's reader, writer and JSON Schema "
                + "([`schema/v1/`](../schema/v1/)), so they cannot disagree with them. Which rule reports what: "
                + "[rules.md](rules.md).\n\n");
        out.append("A property that is absent and a property that is `null` are the same. An optional list may be "
                + "absent; when present it holds at least one element unless its bounds say otherwise. Dates are "
                + "ISO 8601 calendar dates (`2024-03-01`). Codes of a code list are written in capitals "
                + "(`FRANCE_TRAVAIL`); an obsolete code that cepkit still reads (an alias) is reported as "
                + "`code.alias`.\n\n");
        out.append("## Records\n\n");
        Set<ObjectType> objects = new LinkedHashSet<>();
        for (ObjectType record : WireFormat.records()) {
            objectSection(out, record, "### ", objects);
        }
        out.append("## Objects inside records\n\n");
        for (ObjectType object : WireFormat.objects()) {
            if (object.recordType().isEmpty()) {
                objectSection(out, object, "### ", objects);
            }
        }
        out.append("## Value formats\n\n");
        out.append("| format | pattern | what is expected | rule | example |\n|---|---|---|---|---|\n");
        for (ValueType value : WireFormat.valueTypes()) {
            CodeFormat format = value.format();
            String expected = format.expected() + format.extraCheckDescription().map(check -> "; " + check).orElse("");
            out.append("| `").append(value.name()).append("` | `").append(cell(format.regex()))
                    .append("` | ").append(cell(expected)).append(" | `").append(value.rule()).append("` | `")
                    .append(cell(value.example())).append("` |\n");
        }
        out.append("\n## Code lists\n\n");
        for (Class<? extends CodeList> type : CodeLists.all()) {
            CodeList[] codes = type.getEnumConstants();
            out.append("### ").append(type.getSimpleName()).append("\n\n");
            List<Optional<String>> sources = Stream.of(codes).map(CodeList::source).distinct().toList();
            boolean oneSource = sources.size() == 1;
            if (oneSource) {
                sources.get(0).ifPresent(source -> out.append("Source: ").append(source).append(".\n\n"));
            }
            out.append(oneSource ? "| code | French label | English label |\n|---|---|---|\n"
                    : "| code | French label | English label | source |\n|---|---|---|---|\n");
            for (CodeList code : codes) {
                out.append("| `").append(code.code()).append("` | ").append(cell(code.labelFr())).append(" | ")
                        .append(cell(code.labelEn())).append(" |");
                if (!oneSource) {
                    out.append(' ').append(cell(code.source().orElse(""))).append(" |");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void objectSection(StringBuilder out, ObjectType object, String heading, Set<ObjectType> seen) {
        if (!seen.add(object)) {
            return;
        }
        out.append(heading).append(object.recordType().map(type -> "`" + type.wireName() + "`: ").orElse(""))
                .append(object.name()).append("\n\n");
        out.append(object.description()).append("\n\n");
        out.append("| property | JSON type | required | values | bounds | description |\n|---|---|---|---|---|---|\n");
        if (object.recordType().isPresent()) {
            out.append("| `type` | string | yes | `").append(object.recordType().get().wireName())
                    .append("` | | the kind of record |\n");
        }
        for (Property property : object.properties()) {
            out.append("| `").append(property.name()).append("` | ").append(jsonType(property)).append(" | ")
                    .append(required(property)).append(" | ").append(values(property)).append(" | ")
                    .append(bounds(property)).append(" | ").append(cell(property.description().orElse("")))
                    .append(" |\n");
        }
        if (object.recordType().isPresent()) {
            out.append("| `schemaVersion` | string | no | `^1(\\.\\d+){0,2}$` | | the wire format's version "
                    + "the record was written for |\n");
        }
        out.append('\n');
    }

    private static String jsonType(Property property) {
        String element = switch (property.kind()) {
            case BOOLEAN -> "boolean";
            case OBJECT -> "object";
            default -> "string";
        };
        return property.isList() ? "array of " + element + "s" : element;
    }

    private static String required(Property property) {
        if (property.required()) {
            return "yes";
        }
        if (property.requiredWhen().isPresent()) {
            return "when `" + property.requiredWhen().get() + "` is " + String.join(" or ",
                    property.requiredWhenCodes().stream().map(code -> "`" + code + "`").toList());
        }
        return "no";
    }

    private static String values(Property property) {
        return switch (property.kind()) {
            case STRING -> property.valueType().map(value -> "format `" + value.name()
                    + "` ([value formats](#value-formats))").orElse("text");
            case BOOLEAN -> "`true`, `false`";
            case DATE -> "date `YYYY-MM-DD`";
            case CODE -> "code list [" + property.codeList().getSimpleName() + "](#"
                    + property.codeList().getSimpleName().toLowerCase(Locale.ROOT) + ")";
            case VALUE -> property.formatFrom().map(from -> "the format of its `" + from + "`")
                    .orElseGet(() -> property.valueType().map(value -> "format `" + value.name()
                            + "` ([value formats](#value-formats))").orElse("text"));
            case OBJECT -> "[" + property.object().name() + "](#" + anchor(property.object().name()) + ")";
        };
    }

    private static String bounds(Property property) {
        List<String> bounds = new ArrayList<>();
        if (property.hasLengthBounds()) {
            bounds.add(property.minLength() + "–" + property.maxLength() + " characters");
        }
        if (property.hasItemBounds()) {
            bounds.add(property.maxItems() == Integer.MAX_VALUE
                    ? "at least " + property.minItems() + (property.minItems() == 1 ? " item" : " items")
                    : property.minItems() + "–" + property.maxItems() + " items");
        }
        return String.join("; ", bounds);
    }

    static String rules(Locale locale) {
        boolean french = locale.getLanguage().equals("fr");
        StringBuilder out = new StringBuilder(GENERATED);
        List<RuleDefinition> all = RuleCatalogue.builtIn().all();
        if (french) {
            out.append("# Les règles de cepkit\n\n");
            out.append("Les ").append(all.size()).append(" règles que cepkit applique, dans l'ordre du catalogue "
                    + "(l'ordre des problèmes d'un enregistrement dans le rapport), avec leur gravité par défaut (un "
                    + "profil peut la changer), ce qu'elles signalent, le message du rapport et leur source. Un "
                    + "message ne reprend jamais une valeur d'un bénéficiaire ; les `{…}` y sont remplacés par des "
                    + "codes, des bornes ou des chemins. Les champs des enregistrements : [wire-format.md](wire-format.md) (en anglais). "
                    + "In English: [rules.md](rules.md).\n\n");
            out.append("| règle | gravité | ce qu'elle signale | message | source |\n|---|---|---|---|---|\n");
        } else {
            out.append("# cepkit's rules\n\n");
            out.append("The ").append(all.size()).append(" rules cepkit applies, in catalogue order (the order of a "
                    + "record's issues in the report), with their default severity (a profile may change it), "
                    + "their source and the report's message. A message never carries a beneficiary's value; its "
                    + "`{…}` are filled with codes, bounds or paths. The fields: [wire-format.md](wire-format.md). "
                    + "En français : [regles.md](regles.md).\n\n");
            out.append("| rule | severity | what it reports | message | source |\n|---|---|---|---|---|\n");
        }
        for (RuleDefinition rule : all) {
            out.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity()).append(" | ");
            out.append(cell(rule.description(locale))).append(" | ");
            out.append(cell(rule.messageTemplate(locale))).append(" | ").append(cell(rule.source())).append(" |\n");
        }
        out.append('\n');
        return out.toString();
    }

    /** GitHub's anchor of a heading: lower case, spaces to hyphens, other punctuation dropped. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    /** Text for a Markdown table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
