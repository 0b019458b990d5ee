package org.cepkit.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A constant of one of cepkit's code lists (docs/wire-format.md). Its {@link #code()} is the UPPER_SNAKE value of the
 * wire format, and it carries a French and an English label and, where one is known, its source.
 *
 * <pre>{@code
 * OperatorFamily.MISSION_LOCALE.label(Locale.FRENCH);  // "Mission locale"
 * CodeLists.fromCode(OperatorFamily.class, "POLE_EMPLOI");  // Optional[FRANCE_TRAVAIL]
 * }</pre>
 */
public interface CodeList {

    /** The wire code: the enum constant's name. */
    String code();

    /** The French label. */
    String labelFr();

    /** The English label. */
    String labelEn();

    /** Where the code comes from (a law, an arrêté, a study), if known. */
    default Optional<String> source() {
        return Optional.empty();
    }

    /** Former codes still accepted as input for this one ({@code POLE_EMPLOI} for {@code FRANCE_TRAVAIL}). */
    default List<String> aliases() {
        return List.of();
    }

    /** The label in French, unless the locale's language is English. */
    default String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn() : labelFr();
    }
}
