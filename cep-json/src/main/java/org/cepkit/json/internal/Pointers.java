package org.cepkit.json.internal;

import org.cepkit.rules.Issue;

/** JSON Pointer (RFC 6901) helpers for pointers built from the input. */
final class Pointers {

    private Pointers() {
    }

    /**
     * The reference token of a member name read from the input: the name itself when a report may repeat it
     * ({@link Issue#isReportableName}: every name of the wire format can), {@link Issue#UNKNOWN_NAME} otherwise. A
     * name is input text like any other: markup, a person's name or a NIR typed as a key never reaches a report.
     * The names kept hold neither {@code ~} nor {@code /}, so none needs escaping.
     */
    static String token(String name) {
        return Issue.isReportableName(name) ? name : Issue.UNKNOWN_NAME;
    }
}
