package org.cepkit.model.testing;

import java.util.ArrayList;
import java.util.List;

/** Helpers for the tests that check cepkit's regular expressions (Java constants and JSON Schema patterns). */
public final class Regexes {

    private Regexes() {
    }

    /**
     * The alternatives of {@code regex} at its top level: split on the {@code |} outside any group or character
     * class. Each must be anchored on its own for the whole pattern to be.
     */
    public static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }
}
