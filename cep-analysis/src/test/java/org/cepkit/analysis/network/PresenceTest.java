package org.cepkit.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.analysis.network.Networks.localArea;
import static org.cepkit.analysis.network.Networks.operator;
import static org.cepkit.analysis.network.Networks.regional;
import static org.cepkit.analysis.network.Networks.territory;

import java.util.List;
import java.util.stream.Stream;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.territory.Referential;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final Referential COG = Referential.embedded();

    private static List<String> present(NetworkReport report, TerritoryKind kind, String code) {
        return report.network(kind, code).orElseThrow().operators().stream().filter(NetworkOperator::present)
                .map(NetworkOperator::id).toList();
    }

    @Test
    void corsicaHasTwoDepartementsInOneRegionAndCoverageReachesBoth() {
        Operator ajaccio = operator("ml-ajaccio", OperatorFamily.MISSION_LOCALE, "2A004");
        Operator bastia = operator("ft-bastia", OperatorFamily.FRANCE_TRAVAIL, "2B033");
        Operator corse = regional("cep-corse", "94", "2A004");

        NetworkReport report = CooperationNetworks.builder().referential(COG).build()
                .analyse(Stream.of(ajaccio, bastia, corse));

        assertThat(present(report, TerritoryKind.DEPARTEMENT, "2A")).containsExactly("cep-corse", "ml-ajaccio");
        assertThat(present(report, TerritoryKind.DEPARTEMENT, "2B")).as("the regional operator covers 94")
                .containsExactly("cep-corse", "ft-bastia");
        assertThat(present(report, TerritoryKind.REGION, "94")).containsExactly("cep-corse", "ft-bastia",
                "ml-ajaccio");
        assertThat(report.network(TerritoryKind.REGION, "94").orElseThrow().territory().name()).hasValue("Corse");
    }

    @Test
    void laReunionIsDepartement974InRegion04() {
        Operator saintDenis = operator("ml-saint-denis", OperatorFamily.MISSION_LOCALE, "97411");
        Operator reunion = regional("cep-reunion", "04", "97411");
        Operator corse = regional("cep-corse", "94", "2A004");

        NetworkReport report = CooperationNetworks.builder().build().analyse(Stream.of(saintDenis, reunion, corse));

        assertThat(present(report, TerritoryKind.DEPARTEMENT, "974")).containsExactly("cep-reunion", "ml-saint-denis");
        assertThat(present(report, TerritoryKind.REGION, "04")).containsExactly("cep-reunion", "ml-saint-denis");
        assertThat(report.network(TerritoryKind.REGION, "94").orElseThrow().operators())
                .extracting(NetworkOperator::id).containsExactly("cep-corse");
    }

    @Test
    void aSiteInAnArrondissementIsInParisButASiteInParisIsInNoArrondissement() {
        Operator louvre = operator("apec-paris-1", OperatorFamily.APEC, "75101");
        Operator paris = operator("ft-paris", OperatorFamily.FRANCE_TRAVAIL, "75056");
        Operator creteil = operator("ml-creteil", OperatorFamily.MISSION_LOCALE, "94028");
        String grandParis = COG.commune("75056").orElseThrow().epci().orElseThrow().value();

        NetworkReport report = CooperationNetworks.builder().build().analyse(Stream.of(louvre, paris, creteil,
                Networks.cooperation("coop-paris", territory(TerritoryKind.COMMUNE, "75056"), Configuration.OTHER,
                        louvre, paris).build(),
                Networks.cooperation("coop-louvre", territory(TerritoryKind.COMMUNE, "75101"), Configuration.OTHER,
                        louvre, paris).build(),
                Networks.cooperation("coop-mgp", territory(TerritoryKind.EPCI, grandParis), Configuration.OTHER,
                        louvre, creteil).build()));

        assertThat(present(report, TerritoryKind.COMMUNE, "75056")).containsExactly("apec-paris-1", "ft-paris");
        assertThat(present(report, TerritoryKind.COMMUNE, "75101")).containsExactly("apec-paris-1");
        assertThat(report.network(TerritoryKind.COMMUNE, "75101").orElseThrow().operators())
                .filteredOn(o -> !o.present()).extracting(NetworkOperator::id)
                .as("declared by the cooperation, not present").containsExactly("ft-paris");
        assertThat(present(report, TerritoryKind.EPCI, grandParis)).containsExactly("apec-paris-1", "ft-paris",
                "ml-creteil");
        assertThat(present(report, TerritoryKind.DEPARTEMENT, "75")).containsExactly("apec-paris-1", "ft-paris");
        assertThat(present(report, TerritoryKind.REGION, "11")).containsExactly("apec-paris-1", "ft-paris",
                "ml-creteil");
    }

    @Test
    void aLocalAreaAcrossTwoDepartementsHoldsTheSitesOfItsCommunesOnly() {
        Operator lyon = operator("ml-lyon", OperatorFamily.MISSION_LOCALE, "69383");
        Operator amberieu = operator("ft-amberieu", OperatorFamily.FRANCE_TRAVAIL, "01004");
        Operator bourg = operator("ce-bourg", OperatorFamily.CAP_EMPLOI, "01053");
        Operator ara = regional("cep-ara", "84", "69123");
        Operator corse = regional("cep-corse", "94", "2A004");

        NetworkReport report = CooperationNetworks.builder().build().analyse(Stream.of(lyon, amberieu, bourg, ara,
                corse, Networks.cooperation("coop-bassin", localArea("bassin-ain-rhone", "69123", "01004"),
                        Configuration.OTHER, lyon, amberieu).addRelations(Networks.relation("ml-lyon",
                                "ft-amberieu", RelationForm.ADVISER_COLLABORATION, CooperationPurpose.BUILD_PROJECT))
                        .build()));

        assertThat(present(report, TerritoryKind.LOCAL_AREA, "bassin-ain-rhone"))
                .as("Lyon 3e is an arrondissement of 69123; Bourg-en-Bresse is outside; the regional operator covers 84")
                .containsExactly("cep-ara", "ft-amberieu", "ml-lyon");
        assertThat(report.network(TerritoryKind.DEPARTEMENT, "01").orElseThrow().declaredTies())
                .as("the bassin lies in two départements: its ties belong to neither alone").isEmpty();
        assertThat(report.network(TerritoryKind.REGION, "84").orElseThrow().declaredTies())
                .as("but in one région").hasSize(1);
    }
}
