package org.cepkit.rules.territory;

import java.util.List;
import java.util.Objects;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.EpciCode;

/**
 * An EPCI à fiscalité propre (<i>établissement public de coopération intercommunale</i>) as listed by the DGCL
 * for the embedded edition.
 *
 * <pre>{@code
 * CogEpci lyon = Referential.embedded().epci("200046977").orElseThrow();
 * lyon.nature();   // METROPOLE_DE_LYON
 * lyon.members();  // [69003, 69029, …, 69123, …]
 * }</pre>
 *
 * @param code the EPCI's SIREN
 * @param name its name, as the DGCL writes it ({@code "CA du Grand Annecy"})
 * @param nature its legal form
 * @param members its member communes, in code order (communes only: the arrondissements of Paris, Lyon and
 *     Marseille belong through their commune)
 */
public record CogEpci(EpciCode code, String name, Nature nature, List<CommuneCode> members) {

    /** The legal form of an EPCI à fiscalité propre (the DGCL's {@code nature juridique}). */
    public enum Nature {
        /** Communauté de communes ({@code CC}). */
        COMMUNAUTE_DE_COMMUNES("CC"),
        /** Communauté d'agglomération ({@code CA}). */
        COMMUNAUTE_D_AGGLOMERATION("CA"),
        /** Communauté urbaine ({@code CU}). */
        COMMUNAUTE_URBAINE("CU"),
        /** Métropole ({@code METRO}), the Métropole du Grand Paris and Aix-Marseille-Provence included. */
        METROPOLE("METRO"),
        /** Métropole de Lyon ({@code MET69}), a collectivité à statut particulier listed with the EPCI. */
        METROPOLE_DE_LYON("MET69");

        private final String code;

        Nature(String code) {
            this.code = code;
        }

        /** The DGCL's abbreviation: {@code "CC"}, {@code "CA"}, {@code "CU"}, {@code "METRO"}, {@code "MET69"}. */
        public String code() {
            return code;
        }

        static Nature ofCode(String code) {
            for (Nature nature : values()) {
                if (nature.code.equals(code)) {
                    return nature;
                }
            }
            throw new IllegalArgumentException("unknown EPCI nature '" + code + "'");
        }
    }

    public CogEpci {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nature, "nature");
        members = List.copyOf(members);
    }
}
