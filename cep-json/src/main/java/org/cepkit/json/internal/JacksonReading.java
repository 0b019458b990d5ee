package org.cepkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.cepkit.json.InputLimits;
import org.cepkit.json.ReadMode;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.rules.CepValidator;
import tools.jackson.core.JsonParser;

/**
 * Reading of the wire format from a parser positioned by someone else (a Jackson mapper's deserializer): the value
 * at the parser's current token, read into a tree with the record limits, then mapped as {@code CepJson} maps it.
 */
public final class JacksonReading {

    private final RecordReader records;
    private final InputLimits limits;

    public JacksonReading(CepValidator validator, ReadMode mode, InputLimits limits) {
        this.records = new RecordReader(validator, mode);
        this.limits = limits;
    }

    /** The record at the parser's current token; the parser is left on its last token. */
    public RecordReader.Outcome record(JsonParser parser) {
        TreeReader tree = tree(parser);
        JValue value = tree.read();
        RecordReader.Outcome outcome = records.read(value);
        return tree.duplicateKeys().isEmpty() ? outcome : records.withDuplicates(outcome, tree.duplicateKeys());
    }

    /** The object of {@code type} at the parser's current token; the parser is left on its last token. */
    public RecordReader.ObjectOutcome object(ObjectType type, JsonParser parser) {
        TreeReader tree = tree(parser);
        JValue value = tree.read();
        RecordReader.ObjectOutcome outcome = records.readObject(type, value);
        if (tree.duplicateKeys().isEmpty()) {
            return outcome;
        }
        List<String> unreadable = new ArrayList<>(outcome.unreadable());
        unreadable.addAll(tree.duplicateKeys());
        return new RecordReader.ObjectOutcome(outcome.object(), outcome.issues(), unreadable);
    }

    private TreeReader tree(JsonParser parser) {
        return new TreeReader(parser, Long.MAX_VALUE, limits.maxDepth(), limits.maxStringLength());
    }
}
