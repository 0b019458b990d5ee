package org.cepkit.rules.territory;

import java.util.Objects;
import java.util.Optional;

/**
 * What the embedded COG edition says of a commune code: current, former (with the current commune it belongs
 * to) or unknown. The rules {@code territory.unknown} and {@code territory.not-current} read it.
 *
 * <pre>{@code
 * CommuneLookup beon = Referential.embedded().lookup("01039");
 * beon.status();                        // FORMER
 * beon.commune().orElseThrow().name();  // "Culoz-Béon"
 * }</pre>
 *
 * @param code the code looked up, as given
 * @param status current, former or unknown
 * @param commune the commune itself when {@link Status#CURRENT}; the current commune the code belongs to when
 *     {@link Status#FORMER}; empty when {@link Status#UNKNOWN}
 * @param former the former commune when {@link Status#FORMER}; empty otherwise, even for a current code that a
 *     delegated commune shares
 */
public record CommuneLookup(String code, Status status, Optional<CogCommune> commune, Optional<FormerCommune> former) {

    /** Where a commune code stands in the edition. */
    public enum Status {
        /** A current commune or a municipal arrondissement. */
        CURRENT,
        /** Only a former, delegated or associated commune's code. */
        FORMER,
        /** In neither list, or not a well-formed commune code. */
        UNKNOWN
    }

    public CommuneLookup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(former, "former");
        if (commune.isPresent() == (status == Status.UNKNOWN) || former.isPresent() != (status == Status.FORMER)) {
            throw new IllegalArgumentException("lookup of " + code + ": " + status + " does not match "
                    + commune + " and " + former);
        }
    }

    static CommuneLookup current(String code, CogCommune commune) {
        return new CommuneLookup(code, Status.CURRENT, Optional.of(commune), Optional.empty());
    }

    static CommuneLookup former(String code, FormerCommune former, CogCommune current) {
        return new CommuneLookup(code, Status.FORMER, Optional.of(current), Optional.of(former));
    }

    static CommuneLookup unknown(String code) {
        return new CommuneLookup(code, Status.UNKNOWN, Optional.empty(), Optional.empty());
    }
}
