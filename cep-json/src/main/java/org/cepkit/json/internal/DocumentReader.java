package org.cepkit.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.cepkit.json.InputLimits;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.internal.bytes.ByteScan;
import org.cepkit.json.internal.bytes.LineReader;
import org.cepkit.json.internal.bytes.OperatorLines;
import org.cepkit.json.internal.bytes.PlainLineParser;
import org.cepkit.json.internal.bytes.PlainRecordReader;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeLists;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.WireFormat;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.internal.RulesAccess;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Reads the records of one input, one at a time, and hands each to a {@link Sink} with the line where it
 * starts. NDJSON is read line by line, each line with its own parser, so a bad line never affects the next.
 * In a {@code .json} array a syntax or limit error leaves the parser without a place to resume: the element is
 * reported and the rest of the document is not read (NDJSON has no such limit). Internal to cep-json.
 */
public final class DocumentReader {

    /** Receives each record read. */
    @FunctionalInterface
    public interface Sink {
        void record(long line, RecordReader.Outcome outcome);
    }

    private final InputLimits limits;
    private final RecordReader records;
    private final CepValidator validator;
    private final JsonFactory lineFactory;
    private final JsonFactory documentFactory;
    /** Most lines, read without Jackson; the others, and every document, with it. */
    private final PlainLineParser plainLines;
    /** Most records of those lines, read with no tree; the others through {@link #records}. */
    private final PlainRecordReader plainRecords;

    public DocumentReader(CepValidator validator, ReadMode mode, InputLimits limits) {
        this.validator = validator;
        this.limits = limits;
        this.lineFactory = factory(limits, limits.maxDepth());
        this.documentFactory = factory(limits, limits.maxDepth() + 1);
        List<String> names = wireNames();
        this.plainLines = new PlainLineParser(wireStrings(names), limits.maxDepth(), limits.maxStringLength());
        this.records = new RecordReader(validator, mode, canonical(names, plainLines));
        this.plainRecords = new PlainRecordReader(plainLines, RecordReader.TYPE, RecordReader.SCHEMA_VERSION_NAME,
                RecordReader.ID);
    }

    /**
     * Whether every one of {@code names} is the very string that {@code parser} gives for its characters: as the JVM
     * interns the literals and annotation values they come from, which the reader's look-ups then rely on
     * ({@link RecordReader}).
     */
    private static boolean canonical(List<String> names, PlainLineParser parser) {
        for (String name : names) {
            if (parser.canonical(name) != name) {
                return false;
            }
        }
        return true;
    }

    /** The reader of the records of plain lines, which tests compare with the tree's reading. */
    PlainRecordReader plainRecords() {
        return plainRecords;
    }

    /** Whether the record reader looks members up by identity alone ({@link Members#getCanonical}). */
    boolean readsCanonicalNames() {
        return records.canonicalNames();
    }

    /** The names the reader asks for, each instance of them: the envelope's and every property's. */
    private static List<String> wireNames() {
        List<String> names = new ArrayList<>(List.of(RecordReader.TYPE, RecordReader.SCHEMA_VERSION_NAME,
                RecordReader.ID));
        for (ObjectType type : WireFormat.objects()) {
            for (Property property : type.properties()) {
                names.add(property.name());
            }
        }
        return names;
    }

    /** The strings that lines repeat: the wire format's {@code names}, the record types, the codes and aliases. */
    private static Set<String> wireStrings(List<String> names) {
        Set<String> strings = new LinkedHashSet<>(names);
        for (RecordType type : RecordType.values()) {
            strings.add(type.wireName());
        }
        for (Class<? extends CodeList> list : CodeLists.all()) {
            for (CodeList code : list.getEnumConstants()) {
                strings.add(code.code());
                strings.addAll(code.aliases());
            }
        }
        return strings;
    }

    private static JsonFactory factory(InputLimits limits, int depth) {
        return JsonFactory.builder()
                // one buffer set a thread: the workers parse a line each time, the shared deque costs more
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(depth)
                        // a first bound in UTF-16 units; TreeReader counts characters (code points) exactly
                        .maxStringLength(utf16Bound(limits.maxStringLength()))
                        .maxNameLength(utf16Bound(limits.maxStringLength()))
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /** A string of {@code characters} code points has at most twice as many UTF-16 units. */
    private static int utf16Bound(int characters) {
        return characters > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : characters * 2;
    }

    /** Reads every record of {@code in}, laid out as {@code format}. */
    public void read(InputStream in, JsonInput.Format format, Sink sink) throws IOException {
        if (format == JsonInput.Format.NDJSON) {
            readLineRecords(in, sink);
        } else {
            readDocument(in, sink);
        }
    }

    /** Reads one record from a string (a single JSON object). */
    public RecordReader.Outcome readOne(byte[] bytes) {
        if (bytes.length > limits.maxRecordBytes()) {
            return failure("format.limit", "", limitDetail("size"));
        }
        return readLine(bytes, bytes.length);
    }

    /** One NDJSON line as read: its 1-based number and its bytes, or null bytes when it is over the record size. */
    public record Line(long number, byte[] bytes) {
    }

    /**
     * Hands each non-blank NDJSON line of {@code in} to {@code sink} as a copy, unparsed, so that lines can be
     * parsed on other threads with {@link #parse(Line)}.
     */
    public void readLines(InputStream in, Consumer<Line> sink) throws IOException {
        forEachLine(in, (number, bytes, length) ->
                sink.accept(new Line(number, bytes == null ? null : Arrays.copyOf(bytes, length))));
    }

    /** Reads the record of one line from {@link #readLines(InputStream, Consumer)}. Thread-safe. */
    public RecordReader.Outcome parse(Line line) {
        return parse(line.bytes(), line.bytes() == null ? 0 : line.bytes().length);
    }

    /** The record of a line's bytes, or {@code format.limit} for a line over the record size (null bytes). */
    private RecordReader.Outcome parse(byte[] bytes, int length) {
        return bytes == null ? failure("format.limit", "", limitDetail("size")) : readLine(bytes, length);
    }

    /** A non-blank NDJSON line: its bytes, valid during the call only, are null when it is over the record size. */
    @FunctionalInterface
    private interface LineSink {
        void line(long number, byte[] bytes, int length);
    }

    private void forEachLine(InputStream in, LineSink sink) throws IOException {
        LineReader lines = new LineReader(in, limits.maxRecordBytes());
        while (lines.next()) {
            if (lines.tooLong()) {
                sink.line(lines.lineNumber(), null, 0);
            } else if (!lines.isBlank()) {
                sink.line(lines.lineNumber(), lines.bytes(), lines.length());
            }
        }
    }

    /**
     * Hands every operator record of {@code in} to {@code sink}. In NDJSON, a line is parsed only when its bytes
     * may hold an operator ({@link OperatorLines}), and read in full only when its {@code type} is
     * {@code operator}: the first pass over a file costs little more than reading its bytes.
     */
    public void readOperators(InputStream in, JsonInput.Format format, Consumer<Operator> sink) throws IOException {
        readOperators(in, format, null, 0, sink);
    }

    /**
     * As {@link #readOperators(InputStream, JsonInput.Format, Consumer)}; the lines of NDJSON are judged on
     * {@code executor} (when not null), at most {@code parallelism} chunks of them at a time, and {@code sink} is
     * called on this thread, in input order.
     */
    public void readOperators(InputStream in, JsonInput.Format format, Executor executor, int parallelism,
            Consumer<Operator> sink) throws IOException {
        Consumer<RecordReader.Outcome> operators = outcome -> outcome.complete().filter(Operator.class::isInstance)
                .map(Operator.class::cast).ifPresent(sink);
        if (format != JsonInput.Format.NDJSON) {
            readDocument(in, (line, outcome) -> operators.accept(outcome));
            return;
        }
        Consumer<byte[]> candidates = line -> {
            if (isOperator(line, line.length)) {
                operators.accept(readLine(line, line.length));
            }
        };
        if (executor == null) {
            OperatorLines.scan(in, limits.maxRecordBytes(), candidates);
        } else {
            OperatorLines.scan(in, limits.maxRecordBytes(), executor, parallelism, OperatorLines.CHUNK, candidates);
        }
    }

    /** Whether a line's top-level {@code type} is {@code operator}, reading no further than that field. */
    private boolean isOperator(byte[] bytes, int length) {
        try (JsonParser parser = lineFactory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    return value == JsonToken.VALUE_STRING && RecordType.OPERATOR.wireName().equals(parser.getString());
                }
                parser.skipChildren();
            }
            return false;
        } catch (JacksonException e) {
            return false;
        }
    }

    private void readLineRecords(InputStream in, Sink sink) throws IOException {
        forEachLine(in, (number, bytes, length) -> sink.record(number, parse(bytes, length)));
    }

    private RecordReader.Outcome readLine(byte[] bytes, int length) {
        PlainRecordReader.Read read = plainRecords.read(bytes, length);
        if (read != null) {
            return new RecordReader.Outcome(Optional.of(read.type()), Optional.of(read.id()),
                    Optional.of(read.record()), List.of(), List.of(), false);
        }
        JValue plain = plainLines.parse(bytes, length);
        if (plain != null) {
            return records.read(plain);
        }
        if (otherEncoding(bytes, length)) {
            return failure("format.syntax", "", detail("invalid UTF-8", "UTF-8 invalide"));
        }
        try (JsonParser parser = lineFactory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return failure("format.syntax", "", detail("empty record", "enregistrement vide"));
            }
            TreeReader tree = new TreeReader(parser, Long.MAX_VALUE, limits.maxDepth(), limits.maxStringLength());
            JValue value = tree.read();
            if (parser.nextToken() != null) {
                return failure("format.syntax", "", detail("content after the record", "contenu après l'enregistrement"));
            }
            return outcome(value, tree);
        } catch (StreamConstraintsException e) {
            return failure("format.limit", "", constraintDetail(e));
        } catch (JacksonException e) {
            return failure("format.syntax", "", syntaxDetail(e));
        }
    }

    private void readDocument(InputStream raw, Sink sink) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 4);
        byte[] head = in.readNBytes(4);
        int bom = ByteScan.startsWithBom(head, head.length) ? 3 : 0;
        in.unread(head, bom, head.length - bom);
        if (bom == 0 && otherEncoding(head, head.length)) {
            sink.record(1, failure("format.syntax", "", detail("invalid UTF-8", "UTF-8 invalide")));
            return;
        }
        try (JsonParser parser = documentFactory.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (StreamConstraintsException e) {
                sink.record(1, failure("format.limit", "", constraintDetail(e)));
                return;
            } catch (JacksonException e) {
                sink.record(1, failure("format.syntax", "", syntaxDetail(e)));
                return;
            }
            if (first == null) {
                sink.record(1, failure("format.syntax", "", detail("empty document", "document vide")));
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                sink.record(line, element(parser, first, true));
                return;
            }
            while (true) {
                JsonToken token;
                long line = parser.currentLocation().getLineNr();
                try {
                    token = parser.nextToken();
                    line = parser.currentTokenLocation().getLineNr();
                } catch (StreamConstraintsException e) {
                    sink.record(line, failure("format.limit", "", constraintDetail(e)));
                    return;
                } catch (JacksonException e) {
                    sink.record(line, failure("format.syntax", "", syntaxDetail(e)));
                    return;
                }
                if (token == JsonToken.END_ARRAY || token == null) {
                    if (token == null) {
                        sink.record(line, failure("format.syntax", "", detail("unexpected end of input",
                                "fin de données inattendue")));
                    } else {
                        afterArray(parser, sink);
                    }
                    return;
                }
                RecordReader.Outcome outcome = element(parser, token, false);
                sink.record(line, outcome);
                if (outcome.aborted()) {
                    return;
                }
            }
        }
    }

    /** Anything after the array of records is malformed, and reported as one more record. */
    private void afterArray(JsonParser parser, Sink sink) {
        try {
            if (parser.nextToken() != null) {
                sink.record(parser.currentTokenLocation().getLineNr(), failure("format.syntax", "",
                        detail("content after the records", "contenu après les enregistrements")));
            }
        } catch (JacksonException e) {
            sink.record(parser.currentLocation().getLineNr(), failure("format.syntax", "", syntaxDetail(e)));
        }
    }

    /** One record inside a document; {@code whole} when it is the document itself. */
    private RecordReader.Outcome element(JsonParser parser, JsonToken first, boolean whole) {
        TreeReader tree = new TreeReader(parser, limits.maxRecordBytes(), limits.maxDepth(), limits.maxStringLength());
        try {
            JValue value = tree.read();
            if (whole && parser.nextToken() != null) {
                return failure("format.syntax", "", detail("content after the record", "contenu après l'enregistrement"));
            }
            return outcome(value, tree);
        } catch (TreeReader.RecordTooLarge e) {
            try {
                tree.skipRest();
                return failure("format.limit", "", limitDetail("size"));
            } catch (JacksonException again) {
                return aborted(failure("format.limit", "", limitDetail("size")));
            }
        } catch (StreamConstraintsException e) {
            return aborted(failure("format.limit", "", constraintDetail(e)));
        } catch (JacksonException e) {
            return aborted(failure("format.syntax", "", syntaxDetail(e)));
        }
    }

    /** The outcome of a record read into a tree, its duplicate keys included. */
    private RecordReader.Outcome outcome(JValue value, TreeReader tree) {
        RecordReader.Outcome outcome = records.read(value);
        return tree.duplicateKeys().isEmpty() ? outcome : records.withDuplicates(outcome, tree.duplicateKeys());
    }

    private static RecordReader.Outcome aborted(RecordReader.Outcome outcome) {
        return outcome.aborting();
    }

    private RecordReader.Outcome failure(String rule, String path, Map<String, String> arguments) {
        return RecordReader.Outcome.failure(RulesAccess.issue(validator, rule, path, arguments).map(List::of)
                .orElse(List.of()));
    }

    private Map<String, String> detail(String en, String fr) {
        return Map.of("detail", validator.profile().isEnglish() ? en : fr);
    }

    private Map<String, String> limitDetail(String which) {
        boolean en = validator.profile().isEnglish();
        return Map.of("detail", switch (which) {
            case "size" -> en ? "more than " + limits.maxRecordBytes() + " bytes"
                    : "plus de " + limits.maxRecordBytes() + " octets";
            case "depth" -> en ? "nested deeper than " + limits.maxDepth() + " levels"
                    : "imbrication de plus de " + limits.maxDepth() + " niveaux";
            case "string" -> en ? "a string longer than " + limits.maxStringLength() + " characters"
                    : "une chaîne de plus de " + limits.maxStringLength() + " caractères";
            default -> en ? "a number longer than " + limits.maxNumberLength() + " characters"
                    : "un nombre de plus de " + limits.maxNumberLength() + " caractères";
        });
    }

    /** Jackson's message names the limit; it is never shown, since it may quote the input. */
    private Map<String, String> constraintDetail(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Number")) {
            return limitDetail("number");
        }
        if (message.contains("depth")) {
            return limitDetail("depth");
        }
        if (message.contains("String") || message.contains("Name")) {
            return limitDetail("string");
        }
        return limitDetail("size");
    }

    /** Where the syntax broke, without quoting the input (it may hold personal data). */
    private Map<String, String> syntaxDetail(JacksonException e) {
        boolean en = validator.profile().isEnglish();
        String message = String.valueOf(e.getOriginalMessage());
        String what;
        if (e instanceof UnexpectedEndOfInputException) {
            what = en ? "unexpected end of input" : "fin de données inattendue";
        } else if (message.contains("UTF-8") || message.contains("UTF8")) {
            what = en ? "invalid UTF-8" : "UTF-8 invalide";
        } else {
            what = en ? "unexpected character" : "caractère inattendu";
        }
        if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
            what += en ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    : " ligne " + e.getLocation().getLineNr() + ", colonne " + e.getLocation().getColumnNr();
        }
        return Map.of("detail", what);
    }

    /**
     * Whether the first bytes are those of UTF-16 or UTF-32 text, which Jackson would detect and decode although
     * v1 is UTF-8 only: a NUL byte (never raw in JSON text) or a UTF-16/32 byte order mark (0xFE and 0xFF never
     * occur in UTF-8).
     */
    private static boolean otherEncoding(byte[] bytes, int length) {
        if (length > 0 && (bytes[0] & 0xff) >= 0xFE) {
            return true;
        }
        for (int i = 0; i < Math.min(4, length); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
