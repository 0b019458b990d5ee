package org.cepkit.rules.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.RegionCode;

/**
 * A territorial referential: which commune, département, région and EPCI codes exist in one edition of the INSEE
 * <i>Code officiel géographique</i>, what they are called and how they nest. The territory rules read the
 * referential of their validator's {@code Profile}; by default, {@link #embedded()}, the COG 2026 shipped in the
 * cep-rules jar.
 *
 * <pre>{@code
 * Referential cog = Referential.embedded();
 * cog.edition();                               // "COG 2026"
 * cog.commune("97411").orElseThrow().name();   // "Saint-Denis"
 * cog.lookup("01039").status();                // FORMER (Béon, now in 01138 Culoz-Béon)
 * cog.communesOf(DepartementCode.parse("2B")).size();
 *
 * Referential cog2027 = Referential.read(Files.newInputStream(Path.of("cog-2027.txt")));  // scripts/update-cog.sh
 * Profile profile = Profile.builder().referential(cog2027).build();
 * }</pre>
 *
 * <h2>What counts as a commune</h2>
 * The current communes (COG type {@code COM}) and the 45 municipal arrondissements of Paris
 * ({@code 75101}–{@code 75120}), Lyon ({@code 69381}–{@code 69389}) and Marseille ({@code 13201}–{@code 13216},
 * type {@code ARM}) are {@linkplain #commune(String) communes}. Delegated ({@code COMD}) and associated
 * ({@code COMA}) communes, and the codes that INSEE's history of movements has retired, are
 * {@linkplain #former(String) former communes}, each with the current commune it belongs to.
 *
 * <p>A commune nouvelle often keeps the code of its chef-lieu, which becomes a delegated commune of the same
 * code: {@code 01138} is Culoz-Béon (current) and Culoz (delegated). Such a code is
 * {@link CommuneLookup.Status#CURRENT}: {@link #lookup(String)} looks at the current communes first, while
 * {@link #former(String)} still returns the delegated commune.
 *
 * <h2>Implementing it</h2>
 * The embedded edition and {@link #read(InputStream)} cover the COG editions that {@code scripts/update-cog.sh}
 * writes. A test may implement this interface over a handful of communes. Implementations are immutable and
 * thread-safe: a validator calls them from every thread that validates. The methods taking a {@code String} accept
 * any text and find nothing for a malformed code; they throw {@link NullPointerException} for {@code null}.
 */
public interface Referential {

    /** The edition, {@code "COG 2026"}, as {@code cep --version} prints it and the territory messages name it. */
    String edition();

    /** Where the data comes from: {@code "@etalab/decoupage-administratif 6.0.0"}. */
    String source();

    /** The current commune or municipal arrondissement of that code. */
    Optional<CogCommune> commune(String code);

    /** The current commune or municipal arrondissement of that code. */
    default Optional<CogCommune> commune(CommuneCode code) {
        return commune(code.value());
    }

    /**
     * The delegated, associated or former commune of that code, with the current commune it belongs to. Present
     * also for a current code that a delegated commune shares ({@code 01138}).
     */
    Optional<FormerCommune> former(String code);

    /**
     * Where a commune code stands: {@link CommuneLookup.Status#CURRENT} (a current commune or arrondissement,
     * even if a delegated commune shares the code), {@link CommuneLookup.Status#FORMER} with the current commune
     * it now belongs to, or {@link CommuneLookup.Status#UNKNOWN}, which a malformed code is too: checking the
     * format is {@code format.commune}'s job.
     */
    default CommuneLookup lookup(String code) {
        Optional<CogCommune> current = commune(code);
        if (current.isPresent()) {
            return CommuneLookup.current(code, current.get());
        }
        Optional<FormerCommune> former = former(code);
        if (former.isPresent()) {
            return CommuneLookup.former(code, former.get(), commune(former.get().current()).orElseThrow(
                    () -> new IllegalStateException(edition() + ": former commune " + code + " belongs to "
                            + former.get().current() + ", which is not a current commune")));
        }
        return CommuneLookup.unknown(code);
    }

    /** Where a commune code stands; see {@link #lookup(String)}. */
    default CommuneLookup lookup(CommuneCode code) {
        return lookup(code.value());
    }

    /** The département of that code. */
    Optional<CogDepartement> departement(String code);

    /** The département of that code. */
    default Optional<CogDepartement> departement(DepartementCode code) {
        return departement(code.value());
    }

    /** The région of that code. */
    Optional<CogRegion> region(String code);

    /** The région of that code. */
    default Optional<CogRegion> region(RegionCode code) {
        return region(code.value());
    }

    /** The EPCI à fiscalité propre of that SIREN. */
    Optional<CogEpci> epci(String code);

    /** The EPCI à fiscalité propre of that SIREN. */
    default Optional<CogEpci> epci(EpciCode code) {
        return epci(code.value());
    }

    /** The communes and municipal arrondissements of a département, in code order. */
    List<CogCommune> communesOf(DepartementCode departement);

    /** The communes and municipal arrondissements of a région, in code order. */
    List<CogCommune> communesOf(RegionCode region);

    /** The member communes of an EPCI, in code order; empty for an EPCI not in the edition. */
    List<CogCommune> members(EpciCode epci);

    /** Every current commune and municipal arrondissement, in code order. */
    List<CogCommune> communes();

    /** Every delegated, associated and former commune code, in code order. */
    List<FormerCommune> formerCommunes();

    /** The départements, in code order. */
    List<CogDepartement> departements();

    /** The régions, in code order. */
    List<CogRegion> regions();

    /** Every EPCI à fiscalité propre, in SIREN order. */
    List<CogEpci> epcis();

    /**
     * The COG 2026 shipped in the cep-rules jar (INSEE; EPCI from the DGCL; via {@code @etalab/decoupage-administratif}
     * 6.0.0; Licence Ouverte / Open Licence Etalab 2.0). Indexed from the jar once, on the first call (about 1.5 MB of
     * text, a few hundredths of a second), then shared by every thread; a commune's line is read on its first look-up.
     * A commune look-up reads one array slot; the other look-ups are hash look-ups.
     */
    static Referential embedded() {
        return CogReferential.embedded();
    }

    /**
     * Reads a referential in the text format of the embedded one, as {@code scripts/update-cog.sh} writes it for
     * another COG edition. The stream is read to its end, not closed.
     *
     * @throws IOException when the stream cannot be read
     * @throws IllegalStateException naming the line, when the text is not a well-formed referential
     */
    static Referential read(InputStream in) throws IOException {
        return CogReferential.read(in, "the given referential");
    }
}
