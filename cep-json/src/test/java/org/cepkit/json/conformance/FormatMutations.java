package org.cepkit.json.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cepkit.model.CepRecord;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records of {@link CepGenerators}, written by {@code CepJson.write}, then broken in their format: bad codes, dates,
 * ids and enums, wrong JSON types, missing and unknown fields, strings and lists out of bounds, bad schema
 * versions, territory kinds that do not fit their code, and record types. A mutation may happen to leave the record
 * valid ({@code 2024-02-29}, {@code POLE_EMPLOI}): the oracle is the agreement of cepkit and the schema, not a
 * verdict decided in advance.
 */
final class FormatMutations {

    /** The kinds of mutation; each picks a place of the record where it applies. */
    enum Kind {
        BAD_CODE, BAD_DATE, WRONG_TYPE, MISSING_FIELD, UNKNOWN_FIELD, STRING_LENGTH, EMPTY_LIST, LIST_SIZE, BAD_ENUM,
        BAD_ID, SCHEMA_VERSION, TERRITORY_KIND, RECORD_TYPE,
        /** Strings of characters outside the Basic Multilingual Plane, one character and two UTF-16 code units each. */
        OUTSIDE_BMP
    }

    /**
     * A mutated record.
     *
     * @param original the canonical JSON of the generated record
     * @param mutations what was changed, in order
     * @param text the mutated record's JSON
     */
    record Mutant(String original, List<String> mutations, String text) {

        @Override
        public String toString() {
            return mutations + "\n  " + text + "\n  from " + original;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> CODE_KEYS = Set.of("commune", "residence", "postalCode", "siret", "employerSiret",
            "rome", "formacode", "certification", "coverage", "communes", "code");
    private static final Set<String> DATE_KEYS = Set.of("birthDate", "startDate", "endDate", "date", "deliveredOn",
            "since", "activeFrom", "activeTo", "observedOn");
    private static final Set<String> ENUM_KEYS = Set.of("family", "sex", "status", "qualificationLevel",
            "specification", "level", "mode", "modes", "purpose", "purposes", "kind", "configuration",
            "regionalEngagement", "priorProximity", "form", "situation");
    private static final Set<String> ID_KEYS = Set.of("id", "between");
    private static final Set<String> NAME_KEYS = Set.of("name", "federatingIssue");

    private static final List<String> BAD_CODES = List.of("20004", "2C004", "97701", "97501", "2A999", "00000", "05",
            "20", "975", "96", "2a004", "ABCDE", "", " ", "RNCP", "RS1234567", "M18050", "200046978", "73282932000075",
            "35600000000001", "35600000000000", "7328293200007", "1101", "94010", "2A", "94");
    private static final List<String> BAD_DATES = List.of("2024-02-30", "2023-02-29", "2024-02-29", "2024-3-1",
            "2024-03-01T00:00:00Z", "01/03/2024", "2024-13-01", "2024-00-10", "2024-04-31", "20240301", "",
            "0000-01-01", "9999-12-31", "2024-03-01 ", " 2024-03-01", "+2024-03-01", "2024-W09-5", "2024-061",
            "2024-03-01\n", "\uFF12\uFF10\uFF12\uFF14-03-01", "24-03-01");
    private static final List<String> BAD_ENUMS = List.of("", " ", "X", "POLE_EMPLOI", "FRANCE_TRAVAIL", "LEVEL_3",
            "LEVEL_9", "STRONG", "COMMUNE", "LOCAL_AREA", "OTHER", "NONE", "JOBSEEKER", "IN_PERSON", "CDC_2014",
            "CDC_2019", "REMOVE_BARRIERS", "FEMALE", "CIO");
    private static final List<String> BAD_IDS = List.of("", "-x", ".x", "a b", "agence-\u00e9", "a/b", "x".repeat(65),
            "x".repeat(64), "A.b_c:d-1", "1", "ab\n", "\u00a0a", "185077512345678", "pw#1");
    private static final List<String> UNKNOWN_NAMES = List.of("comment", "Type", "ID", "startdate", "x-extra", "a/b",
            "~", "", "name ", "_id", "nom", "coverage", "sites", "family", "kind", "communes", "schemaVersion",
            "beneficiaryId", "executive");
    private static final List<Object> SCHEMA_VERSIONS = List.of("1", "1.0", "1.2.3", "1.0.0.0", "2", "2.0", "10",
            "0.9", "v1", "", "1.", "01", " 1", "1\n", 1, 1.0, true);
    private static final List<Object> RECORD_TYPES = List.of("operator", "pathway", "cooperation", "Operator",
            "person", "", 1);
    private static final String CHARACTERS = "0123456789ABNZaz -_.:/\u00e9\n\r\u2028\u0000";

    private FormatMutations() {
    }

    /** Generated records of the three types, as canonical JSON. */
    static Gen<String> records() {
        return written(CepGenerators.operators(), CepGenerators.pathways(), CepGenerators.cooperations());
    }

    /** Generated operators and cooperations, the records with names, as canonical JSON. */
    static Gen<String> namedRecords() {
        return written(CepGenerators.operators(), CepGenerators.cooperations());
    }

    /** Generated cooperations, the records with a territory, as canonical JSON. */
    static Gen<String> cooperations() {
        return written(CepGenerators.cooperations());
    }

    /** Records of one of the generators, picked at random, written by {@code CepJson.write}. */
    @SafeVarargs
    private static Gen<String> written(Gen<? extends CepRecord>... generators) {
        List<Gen<String>> texts = new ArrayList<>();
        for (Gen<? extends CepRecord> generator : generators) {
            texts.add(generator.map((CepRecord record) -> CorpusRunner.CEPKIT.write(record)));
        }
        return Generate.pick(texts).flatMap(text -> text);
    }

    /** Records with 1 to {@code maxMutations} mutations, each of one of {@code kinds}. */
    static Gen<Mutant> mutants(List<Kind> kinds, int maxMutations) {
        Gen<String> records = records();
        if (kinds.equals(List.of(Kind.TERRITORY_KIND))) {
            records = cooperations();
        } else if (kinds.equals(List.of(Kind.STRING_LENGTH)) || kinds.equals(List.of(Kind.OUTSIDE_BMP))) {
            records = namedRecords();
        }
        Gen<String> chosen = records;
        return in -> {
            String original = chosen.generate(in);
            ObjectNode root = (ObjectNode) ConformanceCorpus.MAPPER.readTree(original);
            List<String> done = new ArrayList<>();
            int count = between(in, 1, maxMutations);
            for (int i = 0; i < count; i++) {
                done.add(mutate(root, pick(in, kinds), in));
            }
            return new Mutant(original, List.copyOf(done), ConformanceCorpus.MAPPER.writeValueAsString(root));
        };
    }

    /** Applies one mutation of {@code kind} to {@code root}, and says what it did. */
    static String mutate(ObjectNode root, Kind kind, RandomnessSource in) {
        List<Place> places = new ArrayList<>();
        collect(root, "", "", places);
        return switch (kind) {
            case BAD_CODE -> replaceString(places, in, kind, p -> CODE_KEYS.contains(p.key()),
                    old -> chance(in, 50) ? pick(in, BAD_CODES) : corrupt(old, in));
            case BAD_DATE -> replaceString(places, in, kind, p -> DATE_KEYS.contains(p.key()),
                    old -> chance(in, 60) ? pick(in, BAD_DATES) : corrupt(old, in));
            case BAD_ENUM -> replaceString(places, in, kind, p -> ENUM_KEYS.contains(p.key()),
                    old -> chance(in, 30) ? old.toLowerCase() + (chance(in, 50) ? "" : " ") : pick(in, BAD_ENUMS));
            case BAD_ID -> replaceString(places, in, kind,
                    p -> ID_KEYS.contains(p.key()) || p.pointer().equals("/territory/code"),
                    old -> chance(in, 70) ? pick(in, BAD_IDS) : corrupt(old, in));
            case STRING_LENGTH -> replaceString(places, in, kind, p -> NAME_KEYS.contains(p.key()),
                    old -> pick(in, List.of("", "n", "\u00e9".repeat(200), "n".repeat(199), "n".repeat(200),
                            "n".repeat(201), "n".repeat(between(in, 0, 260)))));
            case OUTSIDE_BMP -> replaceString(places, in, kind, p -> NAME_KEYS.contains(p.key()),
                    old -> "n".repeat(between(in, 0, 3)) + "\uD83D\uDE00".repeat(between(in, 1, 210)));
            case WRONG_TYPE -> {
                Place place = pickPlace(places, in, p -> !p.pointer().isEmpty()).orElseThrow();
                JsonNode value = otherType(place.value(), in);
                place.replace(value);
                yield kind + " " + place.pointer() + " = " + value;
            }
            case MISSING_FIELD -> {
                Place place = pickPlace(places, in, p -> p.parent() instanceof ObjectNode).orElseThrow();
                place.remove();
                yield kind + " " + place.pointer();
            }
            case UNKNOWN_FIELD -> {
                Place place = pickPlace(places, in, p -> p.value() instanceof ObjectNode).orElseThrow();
                String name = pick(in, UNKNOWN_NAMES);
                JsonNode value = pick(in, List.of(NODES.stringNode("x"), NODES.numberNode(1), NODES.nullNode(),
                        NODES.objectNode(), NODES.arrayNode(), NODES.booleanNode(true)));
                ((ObjectNode) place.value()).set(name, value);
                yield kind + " " + place.pointer() + "/" + name + " = " + value;
            }
            case EMPTY_LIST -> {
                Optional<Place> place = pickPlace(places, in, p -> p.value() instanceof ArrayNode);
                if (place.isEmpty()) {
                    yield kind + " (nowhere to apply)";
                }
                ((ArrayNode) place.get().value()).removeAll();
                yield kind + " " + place.get().pointer();
            }
            case LIST_SIZE -> {
                Optional<Place> found = pickPlace(places, in, p -> p.value() instanceof ArrayNode a && !a.isEmpty());
                if (found.isEmpty()) {
                    yield kind + " (nowhere to apply)";
                }
                Place place = found.get();
                ArrayNode array = (ArrayNode) place.value();
                int index = between(in, 0, array.size() - 1);
                if (chance(in, 50)) {
                    array.remove(index);
                    yield kind + " removed " + place.pointer() + "/" + index;
                }
                array.insert(index, array.get(index).deepCopy());
                yield kind + " repeated " + place.pointer() + "/" + index;
            }
            case SCHEMA_VERSION -> {
                JsonNode value = node(pick(in, SCHEMA_VERSIONS));
                root.set("schemaVersion", value);
                yield kind + " = " + value;
            }
            case RECORD_TYPE -> {
                if (chance(in, 15)) {
                    root.remove("type");
                    yield kind + " removed";
                }
                JsonNode value = node(pick(in, RECORD_TYPES));
                root.set("type", value);
                yield kind + " = " + value;
            }
            case TERRITORY_KIND -> {
                if (!(root.get("territory") instanceof ObjectNode territory)) {
                    yield kind + " (no territory)";
                }
                String to = pick(in, List.of(TerritoryKind.values())).name();
                territory.put("kind", to);
                if (chance(in, 30)) {
                    territory.remove("communes");
                } else if (chance(in, 30)) {
                    territory.set("communes", NODES.arrayNode().add("2B050").add("2B134"));
                }
                yield kind + " = " + to + ", communes " + territory.get("communes");
            }
        };
    }

    /** A place in the tree: a value, where it stands, and the name of the property it is (or is an element of). */
    private record Place(JsonNode parent, String name, int index, String pointer, String key, JsonNode value) {

        void replace(JsonNode with) {
            if (parent instanceof ObjectNode object) {
                object.set(name, with);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, with);
            }
        }

        void remove() {
            ((ObjectNode) parent).remove(name);
        }
    }

    private static void collect(JsonNode node, String pointer, String key, List<Place> places) {
        if (pointer.isEmpty()) {
            places.add(new Place(null, "", -1, "", "", node));
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                String at = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
                places.add(new Place(object, member.getKey(), -1, at, member.getKey(), member.getValue()));
                collect(member.getValue(), at, member.getKey(), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = pointer + "/" + i;
                places.add(new Place(array, null, i, at, key, array.get(i)));
                collect(array.get(i), at, key, places);
            }
        }
    }

    /** Replaces a string found by {@code where}; when the record has none, mutates nothing and says so. */
    private static String replaceString(List<Place> places, RandomnessSource in, Kind kind, Predicate<Place> where,
            Function<String, String> replacement) {
        List<Place> candidates = places.stream().filter(p -> p.value().isString()).filter(where).toList();
        if (candidates.isEmpty()) {
            return kind + " (nowhere to apply)";
        }
        Place place = pick(in, candidates);
        String value = replacement.apply(place.value().stringValue());
        place.replace(NODES.stringNode(value));
        return kind + " " + place.pointer() + " = " + NODES.stringNode(value);
    }

    private static Optional<Place> pickPlace(List<Place> places, RandomnessSource in, Predicate<Place> where) {
        List<Place> candidates = places.stream().filter(where).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(in, candidates));
    }

    /** The text with one character dropped, inserted, replaced, or with a space or a newline around it. */
    private static String corrupt(String text, RandomnessSource in) {
        char c = CHARACTERS.charAt(between(in, 0, CHARACTERS.length() - 1));
        int at = text.isEmpty() ? 0 : between(in, 0, text.length() - 1);
        return switch (between(in, 0, 5)) {
            case 0 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + c + text.substring(at);
            case 2 -> text.isEmpty() ? String.valueOf(c) : text.substring(0, at) + c + text.substring(at + 1);
            case 3 -> text + "\n";
            case 4 -> " " + text;
            default -> text.toLowerCase();
        };
    }

    /** A value of another JSON type than {@code value}'s. */
    private static JsonNode otherType(JsonNode value, RandomnessSource in) {
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode candidate : List.of(NODES.numberNode(42), NODES.numberNode(new BigDecimal("1.5")),
                NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(), NODES.stringNode("x"),
                NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.objectNode().put("a", 1))) {
            if (candidate.getNodeType() != value.getNodeType()) {
                others.add(candidate);
            }
        }
        return pick(in, others);
    }

    private static JsonNode node(Object value) {
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(BigDecimal.valueOf(d));
        }
        return NODES.booleanNode((Boolean) value);
    }

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }
}
