package org.cepkit.json.conformance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One case of the conformance corpus ({@code conformance/README.md}): what to validate, and the issues a
 * conforming validator reports for it.
 *
 * @param file the corpus file, relative to {@code conformance/} ({@code format/commune.json})
 * @param index the case's 0-based position in its file
 * @param description what the case shows, unique in its file
 * @param rules the rules the case is about: on a case whose {@code expect.valid} is true, rules it shows not firing
 * @param input what to validate
 * @param valid whether the input has no ERROR
 * @param issues every issue expected, of every severity
 */
record ConformanceCase(String file, int index, String description, Set<String> rules, Input input, boolean valid,
        List<ExpectedIssue> issues) {

    /** What a case validates. */
    sealed interface Input permits Records, Raw, Tables {
    }

    /**
     * {@code input}: one record (a JSON object, or any JSON value that should be one), or an array of records
     * validated as one dataset.
     */
    record Records(JsonNode value) implements Input {

        boolean isDataset() {
            return value.isArray();
        }
    }

    /** {@code inputText} or {@code inputBase64}: the exact bytes of a {@code .json} document. */
    record Raw(byte[] bytes, boolean text) implements Input {
    }

    /**
     * {@code inputTables}: the records as tables (SPEC §12), each a file name ({@code pathways.csv}) and the exact
     * text of that file in UTF-8, validated as one folder of tables.
     */
    record Tables(java.util.Map<String, String> files) implements Input {
    }

    /**
     * One expected issue; {@code record}, when given, is the id of the record it is about; {@code anonymous} when the
     * case says {@code "record": null}, an issue that names no record (its id is one a report may not repeat).
     */
    record ExpectedIssue(String rule, String path, Optional<String> record, boolean anonymous) {

        /** Whether the case says which record, or that no record, the issue names. */
        boolean namesRecord() {
            return record.isPresent() || anonymous;
        }

        @Override
        public String toString() {
            return rule + " at \"" + path + "\""
                    + record.map(id -> " of " + id).orElse(anonymous ? " of no record" : "");
        }
    }

    /** The rule ids of the expected issues. */
    Set<String> firingRules() {
        return Set.copyOf(issues.stream().map(ExpectedIssue::rule).toList());
    }

    /** {@code format/commune.json #3: 20004 …}: how tests name the case. */
    String name() {
        return file + " #" + index + ": " + description;
    }

    @Override
    public String toString() {
        return name();
    }
}
