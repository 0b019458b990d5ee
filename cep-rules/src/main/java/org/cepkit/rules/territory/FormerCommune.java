package org.cepkit.rules.territory;

import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.territory.CommuneCode;

/**
 * A commune code of the past, or of a commune that is no longer a commune of its own, and the current commune it
 * now belongs to.
 *
 * <pre>{@code
 * FormerCommune beon = Referential.embedded().former("01039").orElseThrow();
 * beon.kind();     // COMMUNE_DELEGUEE
 * beon.name();     // Optional[Béon]
 * beon.current();  // 01138 (Culoz-Béon)
 * }</pre>
 *
 * <p>A delegated commune may keep the code of the commune nouvelle it belongs to: {@code 01138} is both Culoz,
 * a commune déléguée, and Culoz-Béon, the current commune. {@link Referential#former(String)} returns the
 * delegated commune for such a code, and {@link Referential#lookup(String)} says it is
 * {@linkplain CommuneLookup.Status#CURRENT current}.
 *
 * @param code the former code
 * @param kind what the code names today
 * @param name the name of the delegated or associated commune; empty for an {@link Kind#ANCIEN_CODE}, whose
 *     name the source does not give
 * @param current the current commune the code belongs to
 */
public record FormerCommune(CommuneCode code, Kind kind, Optional<String> name, CommuneCode current) {

    /** What a former code names today. */
    public enum Kind {
        /** A commune déléguée (COG type {@code COMD}) of a commune nouvelle: its chef-lieu is the current one. */
        COMMUNE_DELEGUEE,
        /** A commune associée (COG type {@code COMA}) of a fusion-association: its chef-lieu is the current one. */
        COMMUNE_ASSOCIEE,
        /**
         * Any other former code: a commune merged without keeping a delegated or associated status, or a code
         * replaced (Corsica's {@code 20xxx} codes, before the {@code 2A} and {@code 2B} of 1976).
         */
        ANCIEN_CODE
    }

    public FormerCommune {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(current, "current");
    }
}
