package org.cepkit.model;

import java.util.List;
import java.util.Optional;

/** Lookups over the code-list enums, aliases included. */
public final class CodeLists {

    private CodeLists() {
    }

    /**
     * The constant whose code or alias is {@code code}, or empty.
     *
     * <pre>{@code CodeLists.fromCode(OperatorFamily.class, "POLE_EMPLOI");  // Optional[FRANCE_TRAVAIL]}</pre>
     */
    public static <E extends Enum<E> & CodeList> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code) || constant.aliases().contains(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code code} is a deprecated alias of a constant of {@code type} rather than a current code. */
    public static <E extends Enum<E> & CodeList> boolean isAlias(Class<E> type, String code) {
        if (code == null) {
            return false;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.aliases().contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** The current codes of {@code type}, in declaration order (aliases excluded). */
    public static <E extends Enum<E> & CodeList> List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(CodeList::code).toList();
    }
}
