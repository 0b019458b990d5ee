package org.cepkit.model;

/**
 * Thrown when a text is not a valid code of its kind. Like {@code java.time}'s parse errors, the message
 * quotes the text and says what was expected:
 * {@code Text '20004' is not a valid commune code: expected a département (01–95, 2A and 2B instead of 20) then 3 digits, or 971–978 then 2 digits}.
 */
public final class InvalidCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient CodeFormat format;
    private final String text;

    InvalidCodeException(CodeFormat format, String text, String reason) {
        super("Text '" + text + "' is not a valid " + format.name() + ": " + reason);
        this.format = format;
        this.text = text;
    }

    /** The format the text failed. */
    public CodeFormat format() {
        return format;
    }

    /** The text that could not be parsed. */
    public String text() {
        return text;
    }
}
