package org.cepkit.rules.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.rules.territory.CommuneLookup.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known places of the COG 2026, looked up one by one. */
class ReferentialTest {

    private static final Referential COG = Referential.embedded();

    private static final String GRAND_PARIS = "200054781";
    private static final String METROPOLE_DE_LYON = "200046977";

    @Test
    void namesTheEmbeddedEdition() {
        assertThat(COG.edition()).isEqualTo("COG 2026");
        assertThat(COG.source()).isEqualTo("@etalab/decoupage-administratif 6.0.0");
    }

    @Test
    void ajaccioIsInCorseDuSudAndCorse() {
        CogCommune ajaccio = COG.commune("2A004").orElseThrow();

        assertThat(ajaccio.name()).isEqualTo("Ajaccio");
        assertThat(ajaccio.kind()).isEqualTo(CogCommune.Kind.COMMUNE);
        assertThat(ajaccio.departement()).contains(DepartementCode.parse("2A"));
        assertThat(ajaccio.region()).contains(RegionCode.parse("94"));
        assertThat(ajaccio.epci()).isPresent();
        assertThat(COG.departement("2A").orElseThrow().name()).isEqualTo("Corse-du-Sud");
    }

    @Test
    void bastiaIsInHauteCorse() {
        CogCommune bastia = COG.commune(CommuneCode.parse("2B033")).orElseThrow();

        assertThat(bastia.name()).isEqualTo("Bastia");
        assertThat(bastia.departement().orElseThrow()).hasToString("2B");
        assertThat(bastia.region().orElseThrow()).hasToString("94");
    }

    @Test
    void saintDenisIsInLaReunion() {
        CogCommune saintDenis = COG.commune("97411").orElseThrow();

        assertThat(saintDenis.name()).isEqualTo("Saint-Denis");
        assertThat(saintDenis.departement().orElseThrow()).hasToString("974");
        assertThat(saintDenis.region().orElseThrow()).hasToString("04");
        assertThat(COG.region("04").orElseThrow().name()).isEqualTo("La Réunion");
    }

    @Test
    void mamoudzouIsInMayotte() {
        CogCommune mamoudzou = COG.commune("97611").orElseThrow();

        assertThat(mamoudzou.name()).isEqualTo("Mamoudzou");
        assertThat(mamoudzou.departement().orElseThrow()).hasToString("976");
        assertThat(mamoudzou.region().orElseThrow()).hasToString("06");
    }

    @Test
    void parisIsACommuneOfTheMetropoleDuGrandParis() {
        CogCommune paris = COG.commune("75056").orElseThrow();

        assertThat(paris.name()).isEqualTo("Paris");
        assertThat(paris.kind()).isEqualTo(CogCommune.Kind.COMMUNE);
        assertThat(paris.parent()).isEmpty();
        assertThat(paris.epci()).contains(EpciCode.parse(GRAND_PARIS));
        assertThat(COG.epci(GRAND_PARIS).orElseThrow().nature()).isEqualTo(CogEpci.Nature.METROPOLE);
    }

    @Test
    void parisFirstArrondissementIsACommuneOfParisDepartementAndIleDeFrance() {
        CogCommune louvre = COG.commune("75101").orElseThrow();

        assertThat(louvre.name()).isEqualTo("Paris 1er Arrondissement");
        assertThat(louvre.kind()).isEqualTo(CogCommune.Kind.ARRONDISSEMENT);
        assertThat(louvre.departement().orElseThrow()).hasToString("75");
        assertThat(louvre.region().orElseThrow()).hasToString("11");
        assertThat(louvre.parent()).contains(CommuneCode.parse("75056"));
        assertThat(louvre.epci()).contains(EpciCode.parse(GRAND_PARIS));
        assertThat(COG.lookup("75101").status()).isEqualTo(Status.CURRENT);
    }

    @Test
    void marseilleAndLyonArrondissementsBelongToTheirCommune() {
        assertThat(COG.commune("13201").orElseThrow().parent()).contains(CommuneCode.parse("13055"));
        CogCommune lyon1 = COG.commune("69381").orElseThrow();
        assertThat(lyon1.parent()).contains(CommuneCode.parse("69123"));
        assertThat(lyon1.epci()).contains(EpciCode.parse(METROPOLE_DE_LYON));
        assertThat(COG.epci(METROPOLE_DE_LYON).orElseThrow().nature())
                .isEqualTo(CogEpci.Nature.METROPOLE_DE_LYON);
    }

    @Test
    void departementOfParisHoldsParisAndItsTwentyArrondissements() {
        assertThat(COG.communesOf(DepartementCode.parse("75")))
                .extracting(c -> c.code().value())
                .startsWith("75056", "75101")
                .endsWith("75120")
                .hasSize(21);
    }

    @Test
    void beonIsADelegatedCommuneOfCulozBeon() {
        FormerCommune beon = COG.former("01039").orElseThrow();
        assertThat(beon.kind()).isEqualTo(FormerCommune.Kind.COMMUNE_DELEGUEE);
        assertThat(beon.name()).contains("Béon");
        assertThat(beon.current()).isEqualTo(CommuneCode.parse("01138"));

        CommuneLookup lookup = COG.lookup("01039");
        assertThat(lookup.status()).isEqualTo(Status.FORMER);
        assertThat(lookup.former()).contains(beon);
        assertThat(lookup.commune().orElseThrow().name()).isEqualTo("Culoz-Béon");
        assertThat(COG.commune("01039").isPresent()).isFalse();
    }

    @Test
    void codeSharedByACommuneNouvelleAndItsDelegatedChefLieuIsCurrent() {
        assertThat(COG.former("01138")).hasValueSatisfying(culoz -> {
            assertThat(culoz.name()).contains("Culoz");
            assertThat(culoz.current()).isEqualTo(culoz.code());
        });

        CommuneLookup lookup = COG.lookup("01138");
        assertThat(lookup.status()).isEqualTo(Status.CURRENT);
        assertThat(lookup.commune().orElseThrow().name()).isEqualTo("Culoz-Béon");
        assertThat(lookup.former()).isEmpty();
        assertThat(COG.commune("01138").isPresent()).isTrue();
    }

    @Test
    void associatedCommuneBelongsToItsChefLieuWhereTheHistoryOfMovementsNamesAnother() {
        FormerCommune lamarche = COG.former("55273").orElseThrow();

        assertThat(lamarche.kind()).isEqualTo(FormerCommune.Kind.COMMUNE_ASSOCIEE);
        assertThat(lamarche.name()).contains("Lamarche-en-Woëvre");
        assertThat(lamarche.current()).isEqualTo(CommuneCode.parse("55386"));
    }

    @Test
    void associatedCommuneMayBelongToACommuneOfAnotherDepartement() {
        FormerCommune former = COG.former("02285").orElseThrow();

        assertThat(former.current()).isEqualTo(CommuneCode.parse("59545"));
        assertThat(COG.lookup("02285").commune().orElseThrow().departement().orElseThrow()).hasToString("59");
    }

    @Test
    void corsicanCodeOfBefore1976IsMalformedAndNotInTheEdition() {
        assertThat(CommuneCode.isValid("20004")).isFalse();
        assertThat(COG.former("20004")).isEmpty();
        assertThat(COG.lookup("20004").status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void wellFormedCodeAbsentFromTheEditionIsUnknown() {
        assertThat(CommuneCode.isValid("2A999")).isTrue();

        CommuneLookup lookup = COG.lookup("2A999");
        assertThat(lookup.status()).isEqualTo(Status.UNKNOWN);
        assertThat(lookup.commune()).isEmpty();
        assertThat(lookup.former()).isEmpty();
        assertThat(COG.commune("2A999")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"97501, Miquelon-Langlade, 97500", "97502, Saint-Pierre, 97500", "97701, Saint-Barthélemy, 97133",
            "97801, Saint-Martin, 97150"})
    void theCommunesOfTheCollectivitesDOutreMerAreCommunesInNoDepartementNorRegion(String code, String name,
            String postalCode) {
        CogCommune commune = COG.commune(code).orElseThrow();

        assertThat(COG.lookup(code).status()).isEqualTo(Status.CURRENT);
        assertThat(commune.name()).isEqualTo(name);
        assertThat(commune.departement()).isEmpty();
        assertThat(commune.region()).isEmpty();
        assertThat(commune.epci()).isEmpty();
        assertThat(commune.postalCodes()).containsExactly(PostalCode.parse(postalCode));
        assertThat(COG.communes()).contains(commune);
        assertThat(COG.departements()).noneMatch(d -> d.code().value().equals(code.substring(0, 3)));
    }

    @Test
    void theOtherCollectivitesDOutreMerAreLeftOut() {
        assertThat(COG.commune("98735")).isEmpty();
        assertThat(COG.communes()).noneMatch(c -> c.code().value().startsWith("98"));
    }

    @Test
    void everyCommuneAndArrondissementHasItsPostalCodes() {
        assertThat(COG.communes()).allSatisfy(c -> assertThat(c.postalCodes()).as(c.code().value()).isNotEmpty());
        assertThat(COG.commune("2A004").orElseThrow().postalCodes()).extracting(PostalCode::value)
                .containsExactly("20000", "20090", "20167");
        assertThat(COG.commune("75101").orElseThrow().postalCodes()).extracting(PostalCode::value)
                .containsExactly("75001");
        assertThat(COG.commune("75056").orElseThrow().postalCodes()).hasSize(21);
    }

    @Test
    void malformedCodeIsUnknownRatherThanAnError() {
        assertThat(COG.lookup("2A04").status()).isEqualTo(Status.UNKNOWN);
        assertThat(COG.commune(" 2A004")).isEmpty();
        assertThat(COG.commune("").isPresent()).isFalse();
    }

    @Test
    void sirenThatIsNoEpciFindsNothing() {
        EpciCode notAnEpci = EpciCode.parse("732829320");

        assertThat(COG.epci(notAnEpci)).isEmpty();
        assertThat(COG.members(notAnEpci)).isEmpty();
    }

    @Test
    void membersOfAnEpciAreItsCommunes() {
        EpciCode lyon = EpciCode.parse(METROPOLE_DE_LYON);

        assertThat(COG.members(lyon))
                .extracting(CogCommune::code)
                .containsExactlyElementsOf(COG.epci(lyon).orElseThrow().members())
                .contains(CommuneCode.parse("69123"))
                .doesNotContain(CommuneCode.parse("69381"));
    }

    @Test
    void corseHoldsTheCommunesOfItsTwoDepartements() {
        assertThat(COG.region(RegionCode.parse("94")).orElseThrow().departements())
                .containsExactly(DepartementCode.parse("2A"), DepartementCode.parse("2B"));
        assertThat(COG.communesOf(RegionCode.parse("94"))).hasSize(
                COG.communesOf(DepartementCode.parse("2A")).size()
                        + COG.communesOf(DepartementCode.parse("2B")).size());
    }

    @Test
    void islandsOutsideAnyEpciHaveNoEpci() {
        assertThat(COG.communes())
                .filteredOn(c -> c.epci().isEmpty() && c.departement().isPresent())
                .extracting(c -> c.code().value())
                .containsExactly("22016", "29083", "29155", "85113");
        assertThat(COG.commune("29155").map(CogCommune::name)).isEqualTo(Optional.of("Ouessant"));
    }
}
