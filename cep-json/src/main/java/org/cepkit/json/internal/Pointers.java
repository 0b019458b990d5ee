package org.cepkit.json.internal;

/** JSON Pointer (RFC 6901) helpers. */
final class Pointers {

    private Pointers() {
    }

    /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
