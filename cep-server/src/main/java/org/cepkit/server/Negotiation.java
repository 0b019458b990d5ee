package org.cepkit.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cepkit.json.ReadMode;

/** The choices a request makes by its query and headers: language, reading mode, reference date. */
final class Negotiation {

    private static final List<Locale> OFFERED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Negotiation() {
    }

    /**
     * The language of the messages: {@code lang=fr|en}, else the preferred of French and English in
     * {@code Accept-Language}, else French. A {@code lang} that is neither is {@link Problem#BAD_LANG}, told in the
     * language of {@code Accept-Language}.
     */
    static Locale locale(String lang, String acceptLanguage) {
        if (lang == null) {
            return accepted(acceptLanguage);
        }
        return switch (lang) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new ServiceError(Problem.BAD_LANG);
        };
    }

    /** The preferred of French and English in an {@code Accept-Language} header; French when it names neither. */
    static Locale accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return best == null ? Locale.FRENCH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.FRENCH;
        }
    }

    /** {@code mode=strict|lenient}, strict when absent. */
    static ReadMode mode(String mode) {
        if (mode == null) {
            return ReadMode.STRICT;
        }
        return switch (mode) {
            case "strict" -> ReadMode.STRICT;
            case "lenient" -> ReadMode.LENIENT;
            default -> throw new ServiceError(Problem.BAD_MODE);
        };
    }

    /** {@code today=YYYY-MM-DD}, the validator's reference date; empty when absent. */
    static Optional<LocalDate> today(String today) {
        if (today == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(today));
        } catch (DateTimeParseException e) {
            throw new ServiceError(Problem.BAD_TODAY);
        }
    }
}
