package org.cepkit.cli;

/**
 * Whether a person is watching. Java 17 cannot tell whether standard error alone is a terminal;
 * {@link System#console()} is present when standard input and output both are, which is when progress and
 * colours help. {@code NO_COLOR} (no-color.org) turns colours off.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean interactive() {
        return System.console() != null;
    }

    static boolean colors() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    }
}
