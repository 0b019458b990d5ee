package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;
import org.cepkit.model.operator.Siren;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EmploymentZoneCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.testing.CepGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** For every value type, {@code parse(code.toString())} gives back an equal code, and the code is valid text. */
class ValueTypeRoundTripTest {

    @Test
    void communeCodesRoundTrip() {
        assertRoundTrip(CepGenerators.communes(), CommuneCode::parse, CommuneCode::isValid);
        assertRoundTrip(CepGenerators.wellFormedCommuneCodes(), CommuneCode::parse, CommuneCode::isValid);
    }

    @Test
    void departementCodesRoundTrip() {
        assertRoundTrip(CepGenerators.departements(), DepartementCode::parse, DepartementCode::isValid);
    }

    @Test
    void regionCodesRoundTrip() {
        assertRoundTrip(CepGenerators.regions(), RegionCode::parse, RegionCode::isValid);
    }

    @Test
    void epciCodesRoundTrip() {
        assertRoundTrip(CepGenerators.epcis(), EpciCode::parse, EpciCode::isValid);
    }

    @Test
    void employmentZoneCodesRoundTrip() {
        assertRoundTrip(CepGenerators.employmentZones(), EmploymentZoneCode::parse, EmploymentZoneCode::isValid);
    }

    @Test
    void postalCodesRoundTrip() {
        assertRoundTrip(CepGenerators.postalCodes(), PostalCode::parse, PostalCode::isValid);
    }

    @Test
    void sirensRoundTrip() {
        assertRoundTrip(CepGenerators.sirens(), Siren::parse, Siren::isValid);
    }

    @Test
    void siretsRoundTripLaPosteIncluded() {
        assertRoundTrip(CepGenerators.sirets(), Siret::parse, Siret::isValid);
        assertRoundTrip(CepGenerators.laPosteSirets(), Siret::parse, Siret::isValid);
    }

    @Test
    void romeCodesRoundTrip() {
        assertRoundTrip(CepGenerators.romeCodes(), RomeCode::parse, RomeCode::isValid);
    }

    @Test
    void formacodesRoundTrip() {
        assertRoundTrip(CepGenerators.formacodes(), Formacode::parse, Formacode::isValid);
    }

    @Test
    void certificationCodesRoundTrip() {
        assertRoundTrip(CepGenerators.certificationCodes(), CertificationCode::parse, CertificationCode::isValid);
    }

    @Test
    void recordIdsRoundTrip() {
        assertRoundTrip(CepGenerators.recordIds(), RecordId::parse, RecordId::isValid);
    }

    @Test
    void aSiretsSirenRoundTripsToo() {
        qt().withExamples(300).forAll(CepGenerators.sirets()).checkAssert(siret -> {
            assertThat(Siren.isValid(siret.siren().toString())).isTrue();
            assertThat(siret.toString()).startsWith(siret.siren().toString());
        });
    }

    private static <T extends CodeValue> void assertRoundTrip(Gen<T> generator, Function<String, T> parse,
            java.util.function.Predicate<String> isValid) {
        qt().withExamples(300).forAll(generator).checkAssert(code -> {
            String text = code.toString();
            T parsed = parse.apply(text);
            assertThat(isValid.test(text)).isTrue();
            assertThat(parsed).isEqualTo(code).hasSameHashCodeAs(code);
            assertThat(parsed.toString()).isEqualTo(text).isEqualTo(code.value());
        });
    }
}
