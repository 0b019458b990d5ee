package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.TreeSet;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.PostalCode;
import org.junit.jupiter.api.Test;

/** What every code value type shares: {@link CodeValue}, {@link CodeFormat} and {@link InvalidCodeException}. */
class CodeValueTest {

    @Test
    void codesOfDifferentTypesWithTheSameTextAreNotEqual() {
        assertThat(PostalCode.parse("21059")).isNotEqualTo(Formacode.parse("21059"));
        assertThat(PostalCode.parse("21059").value()).isEqualTo(Formacode.parse("21059").value());
    }

    @Test
    void codesSortByTheirText() {
        assertThat(new TreeSet<>(List.of(CommuneCode.parse("75101"), CommuneCode.parse("2B033"),
                CommuneCode.parse("2A004"), CommuneCode.parse("01001"))))
                .extracting(CodeValue::value)
                .containsExactly("01001", "2A004", "2B033", "75101");
    }

    @Test
    void aCodeSurvivesJavaSerialization() throws IOException, ClassNotFoundException {
        CommuneCode ajaccio = CommuneCode.parse("2A004");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ajaccio);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(ajaccio);
        }
    }

    @Test
    void aFormatMatchesItsPatternBeforeItsExtraCheck() {
        assertThat(Siret.FORMAT.matchesPattern("73282932000075")).isTrue();
        assertThat(Siret.FORMAT.matches("73282932000075")).isFalse();
        assertThat(Siret.FORMAT.matchesPattern(null)).isFalse();
        assertThat(Siret.FORMAT.matches(null)).isFalse();
    }

    @Test
    void aFormatNamesItsExtraCheckOnlyWhenItHasOne() {
        assertThat(Siret.FORMAT.extraCheckDescription()).contains(Siret.KEY_CHECK);
        assertThat(CommuneCode.FORMAT.extraCheckDescription()).isEmpty();
    }

    @Test
    void aFormatDescribesItselfByNameAndPattern() {
        assertThat(CommuneCode.FORMAT.name()).isEqualTo("commune code");
        assertThat(CommuneCode.FORMAT.expected()).isNotBlank();
        assertThat(CommuneCode.FORMAT).hasToString("commune code " + CommuneCode.REGEX);
    }

    @Test
    void aFormatRefusesANullName() {
        assertThatThrownBy(() -> CodeFormat.of(null, "^x$", "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CodeFormat.withCheck("x", "^x$", "x", null, "none"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anInvalidCodeExceptionIsAnIllegalArgumentException() {
        assertThatThrownBy(() -> PostalCode.parse("2A000"))
                .isInstanceOf(IllegalArgumentException.class)
                .isExactlyInstanceOf(InvalidCodeException.class);
    }
}
