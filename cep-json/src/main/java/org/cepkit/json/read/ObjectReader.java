package org.cepkit.json.read;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeLists;

/**
 * Reads the fields of one JSON object, judging each one: missing or null when required
 * ({@code format.required}), of the wrong JSON type ({@code format.type}), outside its code list
 * ({@code format.enum}), not a date ({@code format.date}), not of its code's format ({@code format.commune}…),
 * not defined by v1 ({@code format.unknown-field}). A bad required field fails the object (it is not built); a
 * bad optional field is left out and the object is still built. Strings are kept as they are: their lengths and
 * patterns are the model constraints' business.
 */
final class ObjectReader {

    private final Map<String, JValue> members;
    private final String path;
    private final Reading reading;
    private boolean failed;

    private ObjectReader(Map<String, JValue> members, String path, Reading reading) {
        this.members = members;
        this.path = path;
        this.reading = reading;
    }

    /** A reader over {@code value}, or empty (with {@code format.type}) when it is not an object. */
    static Optional<ObjectReader> of(JValue value, String path, Reading reading) {
        if (value.kind != JValue.Kind.OBJECT) {
            reading.wrongType(path, "object");
            return Optional.empty();
        }
        return Optional.of(new ObjectReader(value.members, path, reading));
    }

    String path() {
        return path;
    }

    String child(String name) {
        return path + "/" + name;
    }

    Reading reading() {
        return reading;
    }

    /** Whether a required field of this object was missing or bad. */
    boolean failed() {
        return failed;
    }

    void fail() {
        failed = true;
    }

    /** Reports the fields outside {@code known}. */
    void rejectUnknown(Set<String> known) {
        for (String name : members.keySet()) {
            if (!known.contains(name)) {
                reading.report(Reading.UNKNOWN_FIELD, path + "/" + Pointers.escape(name));
            }
        }
    }

    /** The value of {@code name}, or empty when absent; a null is absent for a required field, a type error otherwise. */
    private Optional<JValue> value(String name, boolean required, String expected) {
        JValue value = members.get(name);
        if (value == null || value.kind == JValue.Kind.NULL && required) {
            if (required) {
                reading.report("format.required", child(name));
                failed = true;
            }
            return Optional.empty();
        }
        if (value.kind == JValue.Kind.NULL) {
            reading.wrongType(child(name), expected);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<JValue> typed(String name, boolean required, JValue.Kind kind) {
        Optional<JValue> value = value(name, required, kind.jsonName);
        if (value.isPresent() && value.get().kind != kind) {
            reading.wrongType(child(name), kind.jsonName);
            failed |= required;
            return Optional.empty();
        }
        return value;
    }

    Optional<String> string(String name, boolean required) {
        return typed(name, required, JValue.Kind.STRING).map(v -> v.text);
    }

    boolean bool(String name) {
        return typed(name, false, JValue.Kind.BOOLEAN).map(v -> v.bool).orElse(false);
    }

    Optional<JValue> object(String name, boolean required) {
        return typed(name, required, JValue.Kind.OBJECT);
    }

    Optional<List<JValue>> array(String name, boolean required) {
        return typed(name, required, JValue.Kind.ARRAY).map(v -> v.items);
    }

    Optional<LocalDate> date(String name, boolean required) {
        Optional<String> text = string(name, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = isoDate(text.get());
        return date != null ? Optional.of(date) : date(text.get(), child(name), required);
    }

    Optional<LocalDate> date(String text, String at, boolean required) {
        LocalDate date = isoDate(text);
        if (date == null) {
            reading.report("format.date", at);
            failed |= required;
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** The calendar date of a {@code YYYY-MM-DD} text, or null when it is not one (a bad shape or day). */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    <E extends Enum<E> & CodeList> Optional<E> code(String name, Class<E> type, boolean required) {
        Optional<String> text = string(name, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = CodeLists.fromCode(type, text.get());
        // a current code, the usual case, in one look-up; an alias or an unknown code is reported by the other
        return value.isPresent() && value.get().code().equals(text.get()) ? value
                : code(text.get(), type, child(name), required);
    }

    <E extends Enum<E> & CodeList> Optional<E> code(String text, Class<E> type, String at, boolean required) {
        Optional<E> value = CodeLists.fromCode(type, text);
        if (value.isEmpty()) {
            reading.report("format.enum", at, Map.of("codeList", type.getSimpleName()));
            failed |= required;
        } else if (CodeLists.isAlias(type, text)) {
            reading.report("code.alias", at, Map.of("alias", text, "code", value.get().code()));
        }
        return value;
    }

    /** A code value such as a commune code; a malformed one is reported under {@code rule}. */
    <T> Optional<T> value(String name, CodeFormat format, Function<CharSequence, Optional<T>> parse, String rule,
            boolean required) {
        Optional<String> text = string(name, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        return value.isPresent() ? value : value(text.get(), format, parse, rule, child(name), required);
    }

    <T> Optional<T> value(String text, CodeFormat format, Function<CharSequence, Optional<T>> parse, String rule,
            String at, boolean required) {
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            reading.report(rule, at);
            failed |= required;
        }
        return value;
    }

    /**
     * The elements of the array {@code name}, each read by {@code element} at its index. When any element fails
     * the whole list fails (so that no later index shifts): the object fails when the list is required, and the
     * list is left out otherwise.
     */
    <T> Optional<List<T>> list(String name, boolean required, ElementReader<T> element) {
        Optional<List<JValue>> items = array(name, required);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<T> out = new ArrayList<>(items.get().size());
        boolean bad = false;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<T> value = element.read(items.get().get(i), child(name) + "/" + i);
            if (value.isPresent()) {
                out.add(value.get());
            } else {
                bad = true;
            }
        }
        if (bad) {
            failed |= required;
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /** Reads one element of an array at its JSON Pointer; empty when it cannot be built (issues reported). */
    @FunctionalInterface
    interface ElementReader<T> {
        Optional<T> read(JValue value, String path);
    }

    /** An element that must be a string, then read by {@code then}. */
    <T> ElementReader<T> stringElement(StringElement<T> then) {
        return (value, at) -> {
            if (value.kind != JValue.Kind.STRING) {
                reading.wrongType(at, "string");
                return Optional.empty();
            }
            return then.read(value.text, at);
        };
    }

    /** Reads a string element at its JSON Pointer. */
    @FunctionalInterface
    interface StringElement<T> {
        Optional<T> read(String text, String path);
    }
}
