package org.cepkit.json.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cepkit.json.internal.docs.ReferenceDocs;
import org.cepkit.model.CodeLists;
import org.cepkit.model.wire.WireFormat;
import org.cepkit.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The reference pages of {@code docs/} are what {@link ReferenceDocs} generates from the model and the rule
 * catalogue. To update them: {@code mvn -pl cep-model,cep-rules,cep-json test -Dtest=ReferenceDocsUpToDateTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcepkit.docs.update=true}, then review and commit {@code docs/}.
 */
class ReferenceDocsUpToDateTest {

    private static final String UPDATE_PROPERTY = "cepkit.docs.update";

    @Test
    void theCheckedInReferencePagesAreWhatTheModelAndTheCatalogueGenerate() throws IOException {
        Path directory = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve(ReferenceDocs.DIRECTORY_FROM_MODULE).toAbsolutePath().normalize();
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            ReferenceDocs.write(directory);
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : ReferenceDocs.generateAll().entrySet()) {
            Path path = directory.resolve(page.getKey());
            if (!Files.isRegularFile(path)) {
                problems.add(page.getKey() + ": missing");
            } else if (!Files.readString(path, StandardCharsets.UTF_8).equals(page.getValue())) {
                problems.add(page.getKey() + ": differs");
            }
        }
        if (!problems.isEmpty()) {
            fail("The generated pages of docs/ are out of date: " + problems + ". Regenerate them with\n"
                    + "    mvn -pl cep-model,cep-rules,cep-json test -Dtest=ReferenceDocsUpToDateTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true");
        }
    }

    @Test
    void thePagesNameEveryPropertyEveryCodeAndEveryRule() {
        Map<String, String> pages = ReferenceDocs.generateAll();
        String wire = pages.get("wire-format.md");
        WireFormat.objects().forEach(object -> object.properties()
                .forEach(property -> assertThat(wire).contains("| `" + property.name() + "` |")));
        CodeLists.all().forEach(type -> {
            assertThat(wire).contains("### " + type.getSimpleName() + "\n");
            for (var code : type.getEnumConstants()) {
                assertThat(wire).contains("| `" + code.code() + "` |");
            }
        });
        RuleCatalogue.builtIn().all().forEach(rule -> {
            assertThat(pages.get("rules.md")).contains("| `" + rule.id() + "` | " + rule.defaultSeverity());
            assertThat(pages.get("regles.md")).contains("| `" + rule.id() + "` | " + rule.defaultSeverity());
        });
        assertThat(pages.get("regles.md")).contains("Un message ne reprend jamais");
    }
}
