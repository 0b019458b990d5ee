package org.cepkit.json.conformance;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonFixtures;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.RecordResult;
import org.cepkit.json.conformance.ConformanceCase.ExpectedIssue;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Profile;
import org.cepkit.rules.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Runs conformance cases through cepkit with the corpus conventions (reference date 2026-06-30, strict mode), by
 * every entry point that can read the case, so that they are held to the same expectations:
 * <ul>
 *   <li>one record ({@code input} an object): {@link CepJson#validate(String)}, a one-record {@code .json} document
 *       and a one-line NDJSON input;</li>
 *   <li>a dataset ({@code input} an array): one {@code .json} document holding the array, and one NDJSON input of
 *       one record a line, each validated as one dataset;</li>
 *   <li>raw bytes ({@code inputText}, {@code inputBase64}): a {@code .json} document of those bytes; also, for a
 *       non-blank text on one line that is not an array, {@link CepJson#validate(String)} (text only) and an
 *       NDJSON input.</li>
 * </ul>
 */
final class CorpusRunner {

    /** The corpus reference date: no date of a valid record is after it. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 30);

    static final CepJson CEPKIT = CepJson.builder()
            .validator(CepValidator.create(Profile.builder().referenceDate(REFERENCE_DATE).build()))
            .mode(ReadMode.STRICT)
            .build();

    private CorpusRunner() {
    }

    /** What one entry point gave: one result a record read, in input order. */
    record Run(String entryPoint, List<RecordResult> results) {

        List<Issue> issues() {
            return results.stream().flatMap(result -> result.issues().stream()).toList();
        }

        boolean valid() {
            return issues().stream().noneMatch(issue -> issue.severity() == Severity.ERROR);
        }
    }

    /** The case through every entry point that can read it. */
    static List<Run> runAll(ConformanceCase c) {
        List<Run> runs = new ArrayList<>();
        if (c.input() instanceof ConformanceCase.Records records) {
            JsonNode value = records.value();
            if (value.isArray()) {
                runs.add(document("dataset as a .json array", ConformanceCorpus.MAPPER.writeValueAsString(value)
                        .getBytes(StandardCharsets.UTF_8)));
                runs.add(ndjson("dataset as NDJSON", ndjsonLines(value)));
            } else {
                String text = ConformanceCorpus.MAPPER.writeValueAsString(value);
                runs.add(new Run("CepJson.validate(String)", List.of(CEPKIT.validate(text))));
                runs.add(document("one-record .json document", text.getBytes(StandardCharsets.UTF_8)));
                runs.add(ndjson("one-line NDJSON", (text + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } else if (c.input() instanceof ConformanceCase.Tables tables) {
            runs.add(new Run("a folder of tables", validate(JsonInput.file(folder(tables)))));
        } else if (c.input() instanceof ConformanceCase.Raw raw) {
            runs.add(document(".json document of the bytes", raw.bytes()));
            Optional<String> text = utf8(raw.bytes());
            if (text.isPresent() && !text.get().isBlank() && text.get().strip().indexOf('\n') < 0
                    && text.get().strip().indexOf('\r') < 0 && !text.get().strip().startsWith("[")) {
                if (raw.text()) {
                    runs.add(new Run("CepJson.validate(String)", List.of(CEPKIT.validate(text.get()))));
                }
                runs.add(ndjson("one-line NDJSON", raw.bytes()));
            }
        }
        return runs;
    }

    /** The files of a tabular case written into a new temporary folder (deleted when the JVM exits). */
    private static java.nio.file.Path folder(ConformanceCase.Tables tables) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("cepkit-case-");
            folder.toFile().deleteOnExit();
            for (Map.Entry<String, String> file : tables.files().entrySet()) {
                java.nio.file.Path path = folder.resolve(file.getKey());
                java.nio.file.Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                path.toFile().deleteOnExit();
            }
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The records of a dataset as NDJSON, one compact record a line. */
    static byte[] ndjsonLines(JsonNode array) {
        StringBuilder lines = new StringBuilder();
        for (JsonNode record : array.values()) {
            lines.append(ConformanceCorpus.MAPPER.writeValueAsString(record)).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Run document(String entryPoint, byte[] bytes) {
        return new Run(entryPoint, validate(JsonInput.of("case.json", JsonInput.Format.JSON,
                () -> new ByteArrayInputStream(bytes), true)));
    }

    static Run ndjson(String entryPoint, byte[] bytes) {
        return new Run(entryPoint, validate(JsonInput.of("case.ndjson", JsonInput.Format.NDJSON,
                () -> new ByteArrayInputStream(bytes), true)));
    }

    private static List<RecordResult> validate(JsonInput input) {
        return JsonFixtures.validateAll(CEPKIT, input);
    }

    /** The bytes as text, when they are well-formed UTF-8. */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * How {@code run} differs from what {@code c} expects: the multiset of {rule, path} (with the record id, or no
     * record, where the case says so) and {@code valid}. Empty when they agree.
     */
    static Optional<String> difference(ConformanceCase c, Run run) {
        List<Issue> unmatched = new ArrayList<>(run.issues());
        List<ExpectedIssue> missing = new ArrayList<>();
        List<ExpectedIssue> expected = new ArrayList<>(c.issues());
        // issues naming their record first, so that an issue without record cannot take the one they need
        expected.sort((a, b) -> Boolean.compare(b.namesRecord(), a.namesRecord()));
        for (ExpectedIssue issue : expected) {
            Optional<Issue> match = unmatched.stream().filter(actual -> matches(issue, actual)).findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
            } else {
                missing.add(issue);
            }
        }
        if (missing.isEmpty() && unmatched.isEmpty() && run.valid() == c.valid()) {
            return Optional.empty();
        }
        StringJoiner text = new StringJoiner("\n  ", run.entryPoint() + ":\n  ", "");
        if (run.valid() != c.valid()) {
            text.add("valid: expected " + c.valid() + ", was " + run.valid());
        }
        missing.forEach(issue -> text.add("missing    " + issue));
        unmatched.forEach(issue -> text.add("unexpected " + describe(issue)));
        return Optional.of(text.toString());
    }

    private static boolean matches(ExpectedIssue expected, Issue actual) {
        return expected.rule().equals(actual.rule()) && expected.path().equals(actual.path())
                && expected.record().map(id -> actual.record().filter(id::equals).isPresent())
                        .orElse(!expected.anonymous() || actual.record().isEmpty());
    }

    static String describe(Issue issue) {
        return issue.rule() + " at \"" + issue.path() + "\"" + issue.record().map(id -> " of " + id).orElse("")
                + " (" + issue.severity() + ": " + issue.message() + ")";
    }
}
