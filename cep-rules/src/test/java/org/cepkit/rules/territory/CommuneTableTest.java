package org.cepkit.rules.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flat table of commune codes finds every commune of the COG, and nothing for other texts. */
class CommuneTableTest {

    private static final Referential COG = Referential.embedded();

    @Test
    void everyCommuneAndFormerCommuneIsFoundUnderItsOwnCode() {
        for (CogCommune commune : COG.communes()) {
            assertThat(COG.commune(commune.code().value())).containsSame(commune);
        }
        for (FormerCommune former : COG.formerCommunes()) {
            assertThat(COG.former(former.code().value())).containsSame(former);
        }
    }

    @Test
    void everyShapedCodeHasASlotOfItsOwnThatGivesItBack() {
        Set<Integer> slots = new HashSet<>();
        String seconds = "0123456789AB";
        for (char first = '0'; first <= '9'; first++) {
            for (char second : seconds.toCharArray()) {
                for (int rest = 0; rest < 1000; rest++) {
                    String code = "" + first + second + String.format("%03d", rest);
                    int slot = CommuneTable.slot(code);
                    assertThat(slot).isBetween(0, 119_999);
                    assertThat(slots.add(slot)).as(code).isTrue();
                    assertThat(CommuneTable.code(slot)).isEqualTo(code);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2A04", "2A0044", "2C004", "2a004", "A2004", "2A00/", "2A00:", " 2A00", "7510١", "٧٥١٠١"})
    void aTextNotShapedAsACommuneCodeHasNoSlot(String text) {
        assertThat(CommuneTable.slot(text)).isEqualTo(-1);
        assertThat(COG.commune(text)).isEmpty();
    }

    @Test
    void anyTextIsFoundOnlyWhenItIsTheCodeOfACommune() {
        qt().forAll(strings().betweenCodePoints('/', 'C').ofLengthBetween(0, 6)).checkAssert(text ->
                assertThat(COG.commune(text).map(c -> c.code().value())).isIn(
                        java.util.Optional.empty(), java.util.Optional.of(text)));
    }
}
