package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;

import java.time.LocalDate;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Specification;
import org.cepkit.rules.Fixtures.Finding;
import org.junit.jupiter.api.Test;

/**
 * {@code pathway.specification-period} and {@code pathway.level-specification}: the cahier des charges of 2014 is
 * in force from 2015-01-01 to 2019-12-31, that of 2019 from 2020-01-01, and only the 2014 one has a level 3.
 */
class PathwaySpecificationTest {

    private static final Finding OUT_OF_FORCE = error("pathway.specification-period", "/specification", PATHWAY_ID);

    private static ImmutablePathway apecUnder(Specification specification, LocalDate start) {
        return pathway(OperatorFamily.APEC, start).withSpecification(specification);
    }

    @Test
    void cdc2014IsNotInForceOn31December2014() {
        assertThat(findingsOf(apecUnder(Specification.CDC_2014, LocalDate.of(2014, 12, 31))))
                .containsExactly(OUT_OF_FORCE);
    }

    @Test
    void cdc2014IsInForceOn1January2015() {
        assertThat(findingsOf(apecUnder(Specification.CDC_2014, LocalDate.of(2015, 1, 1)))).isEmpty();
    }

    @Test
    void cdc2014IsInForceOn31December2019() {
        assertThat(findingsOf(apecUnder(Specification.CDC_2014, LocalDate.of(2019, 12, 31)))).isEmpty();
    }

    @Test
    void cdc2014IsNoLongerInForceOn1January2020() {
        assertThat(findingsOf(apecUnder(Specification.CDC_2014, LocalDate.of(2020, 1, 1))))
                .containsExactly(OUT_OF_FORCE);
    }

    @Test
    void cdc2019IsNotInForceOn31December2019() {
        assertThat(findingsOf(apecUnder(Specification.CDC_2019, LocalDate.of(2019, 12, 31))))
                .containsExactly(OUT_OF_FORCE);
    }

    @Test
    void cdc2019IsInForceOn1January2020() {
        assertThat(findingsOf(apecUnder(Specification.CDC_2019, LocalDate.of(2020, 1, 1)))).isEmpty();
    }

    @Test
    void level3IsAServiceOfCdc2014() {
        LocalDate start = LocalDate.of(2019, 6, 3);
        Pathway pathway = apecUnder(Specification.CDC_2014, start)
                .withServices(Service.of(ServiceLevel.LEVEL_1, start, DeliveryMode.IN_PERSON),
                        Service.of(ServiceLevel.LEVEL_3, start.plusDays(7), DeliveryMode.REMOTE));

        assertThat(findingsOf(pathway)).isEmpty();
    }

    @Test
    void level3IsNoServiceOfCdc2019() {
        LocalDate start = LocalDate.of(2024, 6, 3);
        Pathway pathway = apecUnder(Specification.CDC_2019, start)
                .withServices(Service.of(ServiceLevel.LEVEL_1, start, DeliveryMode.IN_PERSON),
                        Service.of(ServiceLevel.LEVEL_3, start.plusDays(7), DeliveryMode.REMOTE),
                        Service.of(ServiceLevel.LEVEL_2, start.plusDays(14), DeliveryMode.REMOTE));

        assertThat(findingsOf(pathway))
                .containsExactly(error("pathway.level-specification", "/services/1/level", PATHWAY_ID));
    }
}
