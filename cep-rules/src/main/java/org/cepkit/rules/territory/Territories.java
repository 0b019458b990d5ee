package org.cepkit.rules.territory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.RegionCode;

/**
 * The embedded referential: the INSEE <i>Code officiel géographique</i> 2026 (communes, municipal
 * arrondissements, former communes, départements, régions) and the DGCL's EPCI à fiscalité propre with their
 * member communes.
 *
 * <pre>{@code
 * Territories.edition();                        // "COG 2026"
 * Territories.commune("97411").orElseThrow();   // Saint-Denis, département 974, région 04, EPCI 249740119
 * Territories.lookup("01039").status();         // FORMER (Béon, now in 01138 Culoz-Béon)
 * Territories.communesOf(DepartementCode.parse("2B")).size();
 * }</pre>
 *
 * <h2>What counts as a commune</h2>
 * The 34,875 current communes (COG type {@code COM}) and the 45 municipal arrondissements of Paris
 * ({@code 75101}–{@code 75120}), Lyon ({@code 69381}–{@code 69389}) and Marseille ({@code 13201}–{@code 13216},
 * type {@code ARM}) are {@linkplain #commune(String) communes}, as SPEC §4 says. Delegated ({@code COMD}) and
 * associated ({@code COMA}) communes, and the codes that INSEE's history of movements has retired, are
 * {@linkplain #former(String) former communes}, each with the current commune it belongs to.
 *
 * <p>A commune nouvelle often keeps the code of its chef-lieu, which becomes a delegated commune of the same
 * code: {@code 01138} is Culoz-Béon (current) and Culoz (delegated). Such a code is
 * {@link CommuneLookup.Status#CURRENT}: {@link #lookup(String)} and {@link #isCurrentCommune(String)} look at
 * the current communes first, while {@link #former(String)} still returns the delegated commune.
 *
 * <p>The communes of the collectivités d'outre-mer (Saint-Pierre-et-Miquelon {@code 975xx}, Saint-Barthélemy,
 * Saint-Martin, the TAAF, Wallis-et-Futuna, French Polynesia, New Caledonia, Clipperton) are in no
 * département and not in the COG's list of communes: they are {@link CommuneLookup.Status#UNKNOWN}, though
 * {@code 97501} and {@code 97502} are well-formed {@link CommuneCode}s.
 *
 * <h2>Threads and cost</h2>
 * The referential is read from the jar once, on the first call of any method (about 1.3 MB of text, in a small
 * fraction of a second), then shared, immutable, by every thread. A commune lookup reads one array slot; the
 * other lookups are hash lookups. The methods taking a {@code String} accept any text and find nothing for a
 * malformed code; they throw {@link NullPointerException} for {@code null}.
 *
 * <p>Data: Code officiel géographique 2026, INSEE; EPCI, DGCL; via {@code @etalab/decoupage-administratif}
 * 6.0.0; Licence Ouverte / Open Licence Etalab 2.0.
 */
public final class Territories {

    private Territories() {
    }

    /** Initialization-on-demand holder: the JVM loads the referential once, on first use, without locking after. */
    private static final class Holder {
        static final CogReferential COG = CogReferential.load();
    }

    private static CogReferential cog() {
        return Holder.COG;
    }

    /** The embedded edition, {@code "COG 2026"}, as {@code cep --version} prints it. */
    public static String edition() {
        return cog().edition;
    }

    /** Where the data comes from: {@code "@etalab/decoupage-administratif 6.0.0"}. */
    public static String source() {
        return cog().source;
    }

    /** The current commune or municipal arrondissement of that code. */
    public static Optional<CogCommune> commune(String code) {
        return Optional.ofNullable(cog().communes.get(Objects.requireNonNull(code, "code")));
    }

    /** The current commune or municipal arrondissement of that code. */
    public static Optional<CogCommune> commune(CommuneCode code) {
        return commune(code.value());
    }

    /** Whether the code is a current commune or a municipal arrondissement. */
    public static boolean isCurrentCommune(String code) {
        return cog().communes.get(Objects.requireNonNull(code, "code")) != null;
    }

    /**
     * The delegated, associated or former commune of that code, with the current commune it belongs to. Present
     * also for a current code that a delegated commune shares ({@code 01138}): see the class documentation.
     */
    public static Optional<FormerCommune> former(String code) {
        return Optional.ofNullable(cog().formers.get(Objects.requireNonNull(code, "code")));
    }

    /** The delegated, associated or former commune of that code. */
    public static Optional<FormerCommune> former(CommuneCode code) {
        return former(code.value());
    }

    /**
     * Where a commune code stands: {@link CommuneLookup.Status#CURRENT} (a current commune or arrondissement,
     * even if a delegated commune shares the code), {@link CommuneLookup.Status#FORMER} with the current commune
     * it now belongs to, or {@link CommuneLookup.Status#UNKNOWN}, which a malformed code is too: checking the
     * format is {@code format.commune}'s job.
     */
    public static CommuneLookup lookup(String code) {
        CogReferential cog = cog();
        CogCommune current = cog.communes.get(Objects.requireNonNull(code, "code"));
        if (current != null) {
            return CommuneLookup.current(code, current);
        }
        FormerCommune former = cog.formers.get(code);
        if (former != null) {
            return CommuneLookup.former(code, former, cog.communes.get(former.current().value()));
        }
        return CommuneLookup.unknown(code);
    }

    /** Where a commune code stands; see {@link #lookup(String)}. */
    public static CommuneLookup lookup(CommuneCode code) {
        return lookup(code.value());
    }

    /** The département of that code. */
    public static Optional<CogDepartement> departement(String code) {
        return Optional.ofNullable(cog().departements.get(Objects.requireNonNull(code, "code")));
    }

    /** The département of that code. */
    public static Optional<CogDepartement> departement(DepartementCode code) {
        return departement(code.value());
    }

    /** The région of that code. */
    public static Optional<CogRegion> region(String code) {
        return Optional.ofNullable(cog().regions.get(Objects.requireNonNull(code, "code")));
    }

    /** The région of that code. */
    public static Optional<CogRegion> region(RegionCode code) {
        return region(code.value());
    }

    /** The EPCI à fiscalité propre of that SIREN. */
    public static Optional<CogEpci> epci(String code) {
        return Optional.ofNullable(cog().epcis.get(Objects.requireNonNull(code, "code")));
    }

    /** The EPCI à fiscalité propre of that SIREN. */
    public static Optional<CogEpci> epci(EpciCode code) {
        return epci(code.value());
    }

    /** The communes and municipal arrondissements of a département, in code order (filter on {@code kind()}). */
    public static List<CogCommune> communesOf(DepartementCode departement) {
        return cog().communesByDepartement.getOrDefault(departement.value(), List.of());
    }

    /** The communes and municipal arrondissements of a région, in code order (filter on {@code kind()}). */
    public static List<CogCommune> communesOf(RegionCode region) {
        return cog().communesByRegion.getOrDefault(region.value(), List.of());
    }

    /** The member communes of an EPCI, in code order; empty for an EPCI not in the edition. */
    public static List<CogCommune> members(EpciCode epci) {
        return cog().membersByEpci.getOrDefault(epci.value(), List.of());
    }

    /** Every current commune and municipal arrondissement, in code order. */
    public static List<CogCommune> communes() {
        return cog().communeList;
    }

    /** Every delegated, associated and former commune code, in code order. */
    public static List<FormerCommune> formerCommunes() {
        return cog().formerList;
    }

    /** The 101 départements, in code order. */
    public static List<CogDepartement> departements() {
        return cog().departementList;
    }

    /** The 18 régions, in code order. */
    public static List<CogRegion> regions() {
        return cog().regionList;
    }

    /** Every EPCI à fiscalité propre, in SIREN order. */
    public static List<CogEpci> epcis() {
        return cog().epciList;
    }
}
