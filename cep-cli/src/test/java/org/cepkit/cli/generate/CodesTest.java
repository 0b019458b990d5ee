package org.cepkit.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.cepkit.model.RecordId;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.rules.privacy.PrivacyIdentifier;
import org.junit.jupiter.api.Test;

class CodesTest {

    private final SplittableRandom random = new SplittableRandom(1);

    @Test
    void siretsPassTheLuhnKey() {
        for (int i = 0; i < 1_000; i++) {
            Siret siret = Codes.siret(random);
            assertThat(Siret.isValid(siret.value())).isTrue();
            assertThat(siret.siren().value()).isNotEqualTo("356000000");
        }
        assertThat(Codes.siret("732829320", 7).value()).isEqualTo("73282932000074");
    }

    @Test
    void beneficiaryIdsAreRecordIdsThatNoNirResembles() {
        for (int i = 0; i < 1_000; i++) {
            String id = Codes.beneficiaryId(random);
            assertThat(id).matches("b-[0-9a-f]{12}");
            assertThat(RecordId.isValid(id)).isTrue();
            assertThat(PrivacyIdentifier.isNirShaped(id)).isFalse();
        }
    }

    @Test
    void nirShapedIdsAreWhatThePrivacyRuleForbids() {
        LocalDate birth = LocalDate.of(1985, 5, 14);
        for (String commune : new String[] {"2A004", "2B033", "97411", "75113", "01053"}) {
            String id = Codes.nirShaped(Sex.FEMALE, birth, CommuneCode.parse(commune), random);
            assertThat(id).hasSize(15).startsWith("28505" + commune);
            assertThat(RecordId.isValid(id)).isTrue();
            assertThat(PrivacyIdentifier.isNirShaped(id)).as(id).isTrue();
        }
    }

    @Test
    void nirShapedIdsCarryTheNirKey() {
        String id = Codes.nirShaped(Sex.MALE, LocalDate.of(1985, 5, 14), CommuneCode.parse("75113"), random);
        long number = Long.parseLong(id.substring(0, 13));

        assertThat(Integer.parseInt(id.substring(13))).isEqualTo(97 - number % 97);
    }

    @Test
    void malformedResidencesAreNotCommuneCodes() {
        for (String commune : new String[] {"2A004", "2B033", "01053", "75113", "97411"}) {
            String json = "{\"residence\":\"" + commune + "\",\"qualificationLevel\":\"NONE\"}";
            String malformed = PathwayFactory.malformResidence(json, CommuneCode.parse(commune));
            String code = malformed.substring(14, malformed.indexOf('"', 14));
            assertThat(CommuneCode.isValid(code)).as(code).isFalse();
        }
        assertThat(PathwayFactory.malformResidence("{\"residence\":\"2A004\"}", CommuneCode.parse("2A004")))
                .isEqualTo("{\"residence\":\"20004\"}");
        assertThat(PathwayFactory.malformResidence("{\"residence\":\"01053\"}", CommuneCode.parse("01053")))
                .isEqualTo("{\"residence\":\"1053\"}");
    }

    @Test
    void birthDateGivesTheAgeInCompletedYearsAtStart() {
        LocalDate[] starts = {LocalDate.of(2024, 2, 29), LocalDate.of(2023, 2, 28), LocalDate.of(2021, 3, 1),
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)};
        for (LocalDate start : starts) {
            for (int age = 14; age <= 64; age++) {
                for (int i = 0; i < 20; i++) {
                    LocalDate birth = PathwayFactory.birthDate(start, age, random);
                    assertThat(Period.between(birth, start).getYears()).as("%s at %s", birth, start).isEqualTo(age);
                }
            }
        }
    }

    @Test
    void slugsAndElisionsReadAsFrench() {
        assertThat(Places.of("Lille")).isEqualTo("de Lille");
        assertThat(Places.of("Ajaccio")).isEqualTo("d'Ajaccio");
        assertThat(Places.of("Évry-Courcouronnes")).isEqualTo("d'Évry-Courcouronnes");
        assertThat(Places.of("Le Puy-en-Velay")).isEqualTo("du Puy-en-Velay");
        assertThat(Places.of("Les Abymes")).isEqualTo("des Abymes");
        assertThat(Places.of("La Possession")).isEqualTo("de la Possession");
        assertThat(Places.of("L'Haÿ-les-Roses")).isEqualTo("de l'Haÿ-les-Roses");
        assertThat(Places.slug("Le Puy-en-Velay")).isEqualTo("le-puy-en-velay");
        assertThat(Places.slug("Saint-Étienne")).isEqualTo("saint-etienne");
    }
}
