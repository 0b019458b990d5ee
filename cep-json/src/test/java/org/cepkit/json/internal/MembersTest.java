package org.cepkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cepkit.json.InputLimits;
import org.cepkit.json.ReadMode;
import org.cepkit.rules.CepValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The members of an object are found by name, whether the name asked for is the very string read or an equal one. */
class MembersTest {

    @ParameterizedTest
    @ValueSource(ints = {3, Members.INDEXED, Members.INDEXED + 1, 200})
    void aMemberIsFoundByAnEqualNameAsByTheSameInstance(int size) {
        Members members = new Members();
        for (int i = 0; i < size; i++) {
            assertThat(members.put("m" + i, JValue.string("v" + i))).isFalse();
        }
        for (int i = 0; i < size; i++) {
            String equal = new String("m" + i);
            assertThat(members.get(equal).text).isEqualTo("v" + i);
            assertThat(members.get(members.name(i))).isSameAs(members.value(i));
        }
        assertThat(members.get("m" + size)).isNull();
        assertThat(members.size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, Members.INDEXED, 200})
    void aKeyGivenTwiceIsFoundWhetherPutOrPutAsCanonical(int size) {
        Members members = new Members();
        String canonical = "type";
        assertThat(members.putCanonical(canonical, JValue.string("first"))).isFalse();
        for (int i = 0; i < size; i++) {
            members.put("m" + i, JValue.NULL);
        }
        // the same instance again, as the plain-line parser gives a known name: found, the later value kept in place
        assertThat(members.putCanonical(canonical, JValue.string("second"))).isTrue();
        assertThat(members.name(0)).isSameAs(canonical);
        assertThat(members.value(0).text).isEqualTo("second");
        // an equal name that is another instance, as Jackson may give it: found by put
        assertThat(members.put(new String("m0"), JValue.TRUE)).isTrue();
        assertThat(members.get("m0")).isSameAs(JValue.TRUE);
        assertThat(members.size()).isEqualTo(size + 1);
    }

    @Test
    void aCanonicalLookUpFindsTheSameInstanceAndFallsBackOnceANameIsNotCanonical() {
        Members members = new Members();
        String type = "type";
        members.putCanonical(type, JValue.string("pathway"));
        assertThat(members.getCanonical(type).text).isEqualTo("pathway");
        assertThat(members.getCanonical("id")).isNull();
        // a name put as not canonical: an equal name must then be found whatever its instance
        members.put(new String("id"), JValue.string("pw-1"));
        assertThat(members.getCanonical("id").text).isEqualTo("pw-1");
    }

    @Test
    void theReaderOfLinesAsksForTheNamesThePlainParserGives() {
        DocumentReader reader = new DocumentReader(CepValidator.create(), ReadMode.STRICT, InputLimits.defaults());
        assertThat(reader.readsCanonicalNames()).as("every property name is the parser's instance").isTrue();
    }
}
