package org.cepkit.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cepkit.json.JsonEdit.Arr;
import org.cepkit.json.JsonEdit.Member;
import org.cepkit.json.JsonEdit.Node;
import org.cepkit.json.JsonEdit.Obj;
import org.cepkit.json.JsonEdit.Raw;
import org.cepkit.json.JsonEdit.Slot;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of hostile variants of valid records: the canonical JSON of a generated record with
 * one to four mutations, first on its tree (a value of the wrong JSON type, a key removed or repeated, deep
 * nesting, huge strings and numbers, unknown fields, strings of the wrong shape), then on its bytes (cut short,
 * flipped, garbage inserted). Every choice is drawn from QuickTheories' randomness, so a failing input is
 * reported with its seed.
 *
 * <pre>{@code qt().forAll(Mutants.mutants()).checkAssert(mutant -> json.validate(mutant.text()));}</pre>
 */
public final class Mutants {

    /**
     * Written into every huge string and unknown field name, so that a test can check that no message ever
     * quotes it back.
     */
    static final String MARKER = "QZX";

    private static final List<String> BAD_STRINGS = List.of("", " ", "2024-02-30", "2024-3-1", "20004", "2C004",
            "POLE_EMPLOI", "LEVEL_9", "in_person", "2.0", "1.2.3.4", "77567101900022", "99", "RNCP1234567", "Z1805",
            "0".repeat(15), "a/b~c", "é", "\uD83D\uDE00", "p".repeat(65), "operator", "pathway", "cooperation");
    private static final List<String> RAW_STRINGS = List.of("\"\\ud800\"", "\"\\u0000\"", "\"\\\"\"", "\"\\/\"");
    private static final List<String> FIELD_NAMES = List.of("x", "a/b", "m~n", "~1", "", MARKER + "-name", "é",
            "type", "id", "schemaVersion");

    private Mutants() {
    }

    /** One mutated record. */
    public record Mutant(CepRecord origin, byte[] bytes, List<String> mutations) {

        /** The bytes as a Java string (an invalid UTF-8 sequence becomes U+FFFD). */
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            String shown = text.length() > 3_000 ? text.substring(0, 3_000) + "…(" + bytes.length + " bytes)" : text;
            return mutations + " " + shown;
        }
    }

    /** Operators, pathways and cooperations, as {@code RoundTripTest} mixes them. */
    static Gen<CepRecord> records() {
        return CepGenerators.operators().map(o -> (CepRecord) o)
                .mix(CepGenerators.pathways().map(p -> (CepRecord) p))
                .mix(CepGenerators.cooperations().map(c -> (CepRecord) c));
    }

    public static Gen<Mutant> mutants() {
        Gen<CepRecord> records = records();
        return in -> mutate(records.generate(in), in);
    }

    /** {@code count} mutants, one a line of an NDJSON stream. */
    static Gen<List<Mutant>> mutants(int count) {
        Gen<Mutant> mutants = mutants();
        return in -> {
            List<Mutant> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(mutants.generate(in));
            }
            return list;
        };
    }

    static Mutant mutate(CepRecord record, RandomnessSource in) {
        JsonEdit tree = JsonEdit.of(record);
        List<String> done = new ArrayList<>();
        int treeMutations = between(in, 0, 3);
        for (int i = 0; i < treeMutations; i++) {
            done.add(mutateTree(tree, in));
        }
        byte[] bytes = tree.bytes();
        int byteMutations = treeMutations == 0 ? between(in, 1, 2) : between(in, 0, 1);
        for (int i = 0; i < byteMutations; i++) {
            bytes = mutateBytes(bytes, in, done);
        }
        return new Mutant(record, bytes, List.copyOf(done));
    }

    // ---- the tree

    private static String mutateTree(JsonEdit tree, RandomnessSource in) {
        Slot slot = pickSlot(tree, in);
        switch (between(in, 0, 7)) {
            case 0 -> {
                Node value = wrongType(in);
                slot.set(value);
                return "wrong type at " + slot.pointer() + ": " + describe(value);
            }
            case 1 -> {
                Obj obj = pickObject(tree, in);
                if (obj == null || obj.members.isEmpty()) {
                    return "no key to remove";
                }
                Member removed = obj.members.remove(between(in, 0, obj.members.size() - 1));
                return "removed " + removed.name;
            }
            case 2 -> {
                Obj obj = pickObject(tree, in);
                if (obj == null || obj.members.isEmpty()) {
                    return "no key to repeat";
                }
                int index = between(in, 0, obj.members.size() - 1);
                Member member = obj.members.get(index);
                Node value = chance(in, 50) ? member.value : wrongType(in);
                obj.members.add(between(in, 0, obj.members.size()), new Member(member.name, value));
                return "repeated " + member.name;
            }
            case 3 -> {
                int levels = chance(in, 50) ? between(in, 25, 35) : between(in, 1, 40);
                Node node = slot.get();
                boolean arrays = chance(in, 50);
                for (int i = 0; i < levels; i++) {
                    if (arrays) {
                        Arr arr = new Arr();
                        arr.items.add(node);
                        node = arr;
                    } else {
                        Obj obj = new Obj();
                        obj.members.add(new Member("n", node));
                        node = obj;
                    }
                }
                slot.set(node);
                return "nested " + slot.pointer() + " in " + levels + (arrays ? " arrays" : " objects");
            }
            case 4 -> {
                int length = chance(in, 50) ? between(in, 9_990, 10_010) : between(in, 1, 20_000);
                String unit = chance(in, 80) ? MARKER : MARKER + "é";
                slot.set(new Raw(JsonEdit.quote(unit.repeat(length / unit.length() + 1).substring(0, length))));
                return "string of " + length + " at " + slot.pointer();
            }
            case 5 -> {
                int digits = between(in, 95, 106);
                String number = switch (between(in, 0, 2)) {
                    case 0 -> "9".repeat(digits);
                    case 1 -> "-" + "1".repeat(digits);
                    default -> "0." + "5".repeat(digits) + "e-7";
                };
                slot.set(new Raw(number));
                return "number of " + number.length() + " at " + slot.pointer();
            }
            case 6 -> {
                Obj obj = pickObject(tree, in);
                if (obj == null) {
                    return "no object for a field";
                }
                String name = pick(in, FIELD_NAMES);
                obj.members.add(between(in, 0, obj.members.size()), new Member(name, wrongType(in)));
                return "added field " + name;
            }
            default -> {
                Node value = chance(in, 85) ? new Raw(JsonEdit.quote(pick(in, BAD_STRINGS)))
                        : new Raw(pick(in, RAW_STRINGS));
                slot.set(value);
                return "string at " + slot.pointer() + ": " + describe(value);
            }
        }
    }

    private static Node wrongType(RandomnessSource in) {
        return new Raw(switch (between(in, 0, 7)) {
            case 0 -> "null";
            case 1 -> Integer.toString(between(in, -1_000, 100_000));
            case 2 -> "-12.5e3";
            case 3 -> "[]";
            case 4 -> "[1,\"a\",null,{}]";
            case 5 -> "{}";
            case 6 -> "{\"id\":1,\"family\":[]}";
            default -> chance(in, 50) ? "true" : "false";
        });
    }

    /** A place to mutate; now and then the record itself. */
    private static Slot pickSlot(JsonEdit tree, RandomnessSource in) {
        List<Slot> slots = tree.slots();
        if (slots.isEmpty() || chance(in, 3)) {
            return new Slot() {
                @Override
                public Node get() {
                    return tree.root();
                }

                @Override
                public void set(Node value) {
                    tree.set("", value);
                }

                @Override
                public String pointer() {
                    return "";
                }
            };
        }
        return slots.get(between(in, 0, slots.size() - 1));
    }

    private static Obj pickObject(JsonEdit tree, RandomnessSource in) {
        List<Obj> objects = tree.objects();
        return objects.isEmpty() ? null : objects.get(between(in, 0, objects.size() - 1));
    }

    // ---- the bytes

    private static byte[] mutateBytes(byte[] bytes, RandomnessSource in, List<String> done) {
        switch (between(in, 0, 2)) {
            case 0 -> {
                int cut = between(in, 0, bytes.length);
                done.add("cut at " + cut);
                return Arrays.copyOf(bytes, cut);
            }
            case 1 -> {
                if (bytes.length == 0) {
                    return bytes;
                }
                byte[] flipped = bytes.clone();
                int flips = between(in, 1, 8);
                for (int i = 0; i < flips; i++) {
                    flipped[between(in, 0, flipped.length - 1)] ^= (byte) between(in, 1, 255);
                }
                done.add(flips + " bytes flipped");
                return flipped;
            }
            default -> {
                int at = between(in, 0, bytes.length);
                byte[] garbage = new byte[between(in, 1, 16)];
                for (int i = 0; i < garbage.length; i++) {
                    garbage[i] = (byte) between(in, 0, 255);
                }
                done.add(garbage.length + " garbage bytes at " + at);
                byte[] out = new byte[bytes.length + garbage.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(garbage, 0, out, at, garbage.length);
                System.arraycopy(bytes, at, out, at + garbage.length, bytes.length - at);
                return out;
            }
        }
    }

    // ---- randomness

    static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    /** A short view of a value for the description of a mutation. */
    private static String describe(Node node) {
        return node instanceof Raw raw ? raw.json() : node.getClass().getSimpleName();
    }
}
