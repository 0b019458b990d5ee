package org.cepkit.model.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.model.testing.BeanValidation.violations;

import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

/** The Jakarta constraints of {@link Operator}, {@link Site} and {@link OperatorRef}, as a validator reports them. */
class OperatorConstraintsTest {

    private static final String TEXT_LENGTH = "{org.cepkit.format.length}";
    private static final String NOT_EMPTY = "{jakarta.validation.constraints.NotEmpty.message}";
    private static final String IDENTIFIER = "{org.cepkit.format.identifier}";

    @Test
    void exampleOperatorsHaveNoViolation() {
        assertThat(violations(CepExamples.operator())).isEmpty();
        assertThat(violations(CepExamples.franceTravailOperator())).isEmpty();
        assertThat(violations(CepExamples.regionalOperator())).isEmpty();
    }

    @Test
    void operatorNameOfNoCharacterIsTooShort() {
        assertThat(violations(CepExamples.operator().withName(""))).containsExactly("name " + TEXT_LENGTH);
    }

    @Test
    void operatorNameOfOneCharacterPasses() {
        assertThat(violations(CepExamples.operator().withName("M"))).isEmpty();
    }

    @Test
    void operatorNameOf200CharactersPasses() {
        assertThat(violations(CepExamples.operator().withName("x".repeat(200)))).isEmpty();
    }

    @Test
    void operatorNameLengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertThat(violations(CepExamples.operator().withName(emoji.repeat(200)))).isEmpty();
        assertThat(violations(CepExamples.operator().withName(emoji.repeat(201)))).containsExactly("name " + TEXT_LENGTH);
    }

    @Test
    void operatorNameOf201CharactersIsTooLong() {
        assertThat(violations(CepExamples.operator().withName("x".repeat(201)))).containsExactly("name " + TEXT_LENGTH);
    }

    @Test
    void operatorIdOutsideTheIdentifierPatternIsReportedOnId() {
        assertThat(violations(CepExamples.operator().withId("ml bastia"))).containsExactly("id " + IDENTIFIER);
    }

    @Test
    void siteIdOutsideTheIdentifierPatternIsReportedOnTheSite() {
        Operator operator = CepExamples.operator().withSites(CepExamples.site().withId("-1"));

        assertThat(violations(operator)).containsExactly("sites[0].id " + IDENTIFIER);
    }

    @Test
    void siteWithoutDeliveryModeIsReportedOnItsModes() {
        Operator operator = CepExamples.operator().withSites(CepExamples.site(), CepExamples.site().withModes());

        assertThat(violations(operator)).containsExactly("sites[1].modes " + NOT_EMPTY);
    }

    @Test
    void siteNameOfNoCharacterIsTooShort() {
        assertThat(violations(CepExamples.site().withName(""))).containsExactly("name " + TEXT_LENGTH);
    }

    @Test
    void siteNameOf200CharactersPasses() {
        assertThat(violations(CepExamples.site().withName("x".repeat(200)))).isEmpty();
    }

    @Test
    void siteNameOf201CharactersIsTooLongEvenInsideAnOperator() {
        Operator operator = CepExamples.operator().withSites(CepExamples.site().withName("x".repeat(201)));

        assertThat(violations(operator)).containsExactly("sites[0].name " + TEXT_LENGTH);
    }

    @Test
    void operatorRefIdOutsideTheIdentifierPatternIsReportedOnId() {
        assertThat(violations(OperatorRef.of("ml:bastia", OperatorFamily.MISSION_LOCALE))).isEmpty();
        assertThat(violations(OperatorRef.of("ml/bastia", OperatorFamily.MISSION_LOCALE)))
                .containsExactly("id " + IDENTIFIER);
    }

    @Test
    void everyViolationOfAnOperatorIsReportedAtOnce() {
        Operator operator = CepExamples.operator()
                .withId("")
                .withName("")
                .withSites(CepExamples.site().withId("é").withModes());

        assertThat(violations(operator)).containsExactly(
                "id " + IDENTIFIER,
                "name " + TEXT_LENGTH,
                "sites[0].id " + IDENTIFIER,
                "sites[0].modes " + NOT_EMPTY);
    }
}
