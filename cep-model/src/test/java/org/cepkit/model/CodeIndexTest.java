package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link CodeIndex} finds what a hash map of the same codes finds, for any string. */
class CodeIndexTest {

    /** Every code and alias of every code list of the model, to its constant, as a hash map holds them. */
    private static Map<String, Object> byCode(Class<? extends CodeList> type) {
        Map<String, Object> map = new HashMap<>();
        for (CodeList code : type.getEnumConstants()) {
            map.put(code.code(), code);
            code.aliases().forEach(alias -> map.putIfAbsent(alias, code));
        }
        return map;
    }

    @Test
    void everyCodeAndAliasOfEveryListIsFoundAndNothingElse() {
        for (Class<? extends CodeList> type : CodeLists.all()) {
            Map<String, Object> map = byCode(type);
            CodeIndex index = new CodeIndex(map);
            map.forEach((code, constant) -> assertThat(index.get(code)).as(code).isSameAs(constant));
            for (String code : map.keySet()) {
                // near misses: same length, first, middle and last characters, so the same slot and sketch
                for (int i = 1; i < code.length() - 1; i++) {
                    if (i == code.length() >>> 1) {
                        continue;
                    }
                    String other = code.substring(0, i) + (char) (code.charAt(i) ^ 1) + code.substring(i + 1);
                    assertThat(index.get(other)).as(other).isEqualTo(map.get(other));
                }
                assertThat(index.get(code.toLowerCase(Locale.ROOT))).isEqualTo(
                        map.get(code.toLowerCase(Locale.ROOT)));
                assertThat(index.get(code + " ")).isNull();
            }
            assertThat(index.get("")).isNull();
        }
    }

    @Test
    void anyStringIsFoundExactlyWhenAHashMapHasIt() {
        List<Class<? extends CodeList>> lists = new ArrayList<>(CodeLists.all());
        Gen<String> text = strings().basicLatinAlphabet().ofLengthBetween(0, 30)
                .mix(strings().allPossible().ofLengthBetween(0, 6), 20);
        qt().withFixedSeed(42L).withExamples(20_000)
                .forAll(integers().between(0, lists.size() - 1), text)
                .checkAssert((list, string) -> {
                    Map<String, Object> map = byCode(lists.get(list));
                    assertThat(new CodeIndex(map).get(string)).isEqualTo(map.get(string));
                });
    }

    @Test
    void tablesOfEverySizeHoldAllTheirKeys() {
        for (int size = 0; size < 200; size++) {
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i < size; i++) {
                map.put("K" + i % 7 + "_" + i + "_" + i % 7, i); // many keys that share a sketch's characters
            }
            CodeIndex index = new CodeIndex(map);
            map.forEach((key, value) -> assertThat(index.get(key)).isEqualTo(value));
            assertThat(index.get("K0_" + size + "_0")).isNull();
        }
    }
}
