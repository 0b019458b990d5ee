package org.cepkit.json.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.cepkit.json.CepJson;
import org.cepkit.json.ReadMode;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.testing.CepGenerators;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** A plain Jackson 3 mapper with {@link CepModule} reads and writes the wire format exactly as {@link CepJson}. */
class CepModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CepModule()).build();
    private static final CepJson JSON = CepJson.create();

    /** A bean of one's own that holds cepkit types. */
    record Envelope(String source, Pathway pathway, List<CommuneCode> communes, OperatorFamily family) {
    }

    @Test
    void everyGeneratedRecordIsWrittenAsCepJsonWritesItAndReadBack() {
        qt().withExamples(300).forAll(CepGenerators.datasets()).checkAssert(dataset -> {
            for (CepRecord record : dataset.records()) {
                String text = MAPPER.writeValueAsString(record);
                assertThat(text).isEqualTo(JSON.write(record));
                assertThat(MAPPER.readValue(text, record.getType().modelType())).isEqualTo(record);
                assertThat(MAPPER.readValue(text, CepRecord.class)).isEqualTo(record);
            }
        });
    }

    @Test
    void recordsReadByCepJsonAreWrittenByTheMapperToTheSameBytes() {
        for (CepRecord example : CepExamples.dataset().records()) {
            String canonical = JSON.write(example);
            CepRecord read = JSON.read(canonical).record().orElseThrow();
            assertThat(MAPPER.writeValueAsString(read)).isEqualTo(canonical);
        }
    }

    @Test
    void valueTypesCodesAndNestedObjectsWorkInBeansOfOnesOwn() {
        Pathway pathway = CepExamples.pathway();
        Envelope envelope = new Envelope("crm", pathway, List.of(CommuneCode.parse("2A004"),
                CommuneCode.parse("97411")), OperatorFamily.FRANCE_TRAVAIL);

        String text = MAPPER.writeValueAsString(envelope);

        assertThat(text).contains("\"communes\":[\"2A004\",\"97411\"]", "\"family\":\"FRANCE_TRAVAIL\"",
                "\"pathway\":" + JSON.write(pathway));
        assertThat(MAPPER.readValue(text, Envelope.class)).isEqualTo(envelope);
        assertThat(MAPPER.readValue("\"POLE_EMPLOI\"", OperatorFamily.class)).isEqualTo(OperatorFamily.FRANCE_TRAVAIL);
        assertThat(MAPPER.readValue("\"2B\"", DepartementCode.class)).isEqualTo(DepartementCode.parse("2B"));
        assertThat(MAPPER.writeValueAsString(Siret.parse("73282932000074"))).isEqualTo("\"73282932000074\"");
        Beneficiary beneficiary = pathway.getBeneficiary();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(beneficiary), Beneficiary.class)).isEqualTo(beneficiary);
    }

    @Test
    void anUnreadableValueIsRefusedNamingTheRuleAndPointerButNotTheValue() {
        String text = JSON.write(CepExamples.pathway()).replace("\"residence\":\"2B033\"", "\"residence\":\"2C4x9\"");

        assertThatThrownBy(() -> MAPPER.readValue(text, Pathway.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("format.commune at /beneficiary/residence")
                .hasMessageNotContaining("2C4x9");
        assertThatThrownBy(() -> MAPPER.readValue("\"2C4x9\"", CommuneCode.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("format.commune")
                .hasMessageNotContaining("2C4x9");
        assertThatThrownBy(() -> MAPPER.readValue("\"CHOMEUR\"", OperatorFamily.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("format.enum")
                .hasMessageNotContaining("CHOMEUR");
    }

    @Test
    void aRecordOfAnotherTypeIsRefused() {
        String operator = JSON.write(CepExamples.operator());

        assertThatThrownBy(() -> MAPPER.readValue(operator, Pathway.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("type pathway");
        assertThat(MAPPER.readValue(operator, Operator.class)).isEqualTo(CepExamples.operator());
        assertThat(MAPPER.readValue(JSON.write(CepExamples.cooperation()), Cooperation.class))
                .isEqualTo(CepExamples.cooperation());
    }

    @Test
    void anUnknownFieldIsRefusedStrictlyAndIgnoredLeniently() {
        String text = JSON.write(CepExamples.pathway()).replace("{\"type\":\"pathway\",",
                "{\"type\":\"pathway\",\"colour\":\"blue\",");
        JsonMapper lenient = JsonMapper.builder().addModule(new CepModule(ReadMode.LENIENT)).build();

        assertThatThrownBy(() -> MAPPER.readValue(text, Pathway.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("format.unknown-field at /colour");
        assertThat(lenient.readValue(text, Pathway.class)).isEqualTo(CepExamples.pathway());
    }

    @Test
    void anUnknownFieldOrDuplicateKeyWhoseNameIsNotAPlainNameIsRefusedWithoutRepeatingIt() {
        String unknown = JSON.write(CepExamples.pathway()).replace("{\"type\":\"pathway\",",
                "{\"type\":\"pathway\",\"Jean Dupont 14/05/1985\":true,");
        String duplicate = JSON.write(CepExamples.operator()).replace("{\"type\":\"operator\",",
                "{\"type\":\"operator\",\"<b>185057800608436</b>\":1,\"<b>185057800608436</b>\":2,");

        assertThatThrownBy(() -> MAPPER.readValue(unknown, Pathway.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("format.unknown-field at /~unknown")
                .hasMessageNotContaining("Dupont").hasMessageNotContaining("1985");
        assertThatThrownBy(() -> MAPPER.readValue(duplicate, Operator.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("format.syntax at /~unknown")
                .hasMessageNotContaining("185057800608436");
    }

    @Test
    void aValueThatBreaksABoundIsReadAndLeftToTheValidator() {
        String text = JSON.write(CepExamples.pathway()).replace("\"id\":\"" + CepExamples.pathway().getId() + "\"",
                "\"id\":\"pw 1\"");

        assertThat(MAPPER.readValue(text, Pathway.class).getId()).isEqualTo("pw 1");
    }
}
