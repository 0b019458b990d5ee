package org.cepkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link IdSet}, the compact set of ids behind {@code dataset.duplicate-id}, behaves as a {@code Set<String>}. */
class IdSetTest {

    @Test
    void anAddedIdIsContained() {
        IdSet ids = new IdSet();

        assertThat(ids.contains("pw-1")).isFalse();
        assertThat(ids.add("pw-1")).isTrue();
        assertThat(ids.contains("pw-1")).isTrue();
        assertThat(ids.contains("pw-2")).isFalse();
        assertThat(ids.size()).isEqualTo(1);
    }

    @Test
    void aDuplicateIsRefusedAndNotCountedTwice() {
        IdSet ids = new IdSet();
        ids.add("pw-1");

        assertThat(ids.add("pw-1")).isFalse();
        assertThat(ids.size()).isEqualTo(1);
    }

    @Test
    void theEmptyIdIsAnIdLikeAnyOther() {
        IdSet ids = new IdSet();

        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("")).isFalse();
        assertThat(ids.contains("")).isTrue();
    }

    @Test
    void growsPastManyRehashesWithoutLosingAnId() {
        IdSet ids = new IdSet();
        int n = 100_000;
        int refused = 0;
        int missing = 0;
        int readded = 0;

        for (int i = 0; i < n; i++) {
            refused += ids.add("pw-" + i) ? 0 : 1;
        }
        for (int i = 0; i < n; i++) {
            missing += ids.contains("pw-" + i) ? 0 : 1;
            readded += ids.add("pw-" + i) ? 1 : 0;
        }

        assertThat(refused).as("new ids refused").isZero();
        assertThat(missing).as("added ids missing").isZero();
        assertThat(readded).as("ids added twice").isZero();
        assertThat(ids.size()).isEqualTo(n);
        assertThat(ids.contains("pw-" + n)).isFalse();
    }

    @Test
    void nonAsciiIdsAreComparedByTheirCharacters() {
        IdSet ids = new IdSet();

        assertThat(ids.add("parcours-é")).isTrue();
        assertThat(ids.add("parcours-e\u0301")).isTrue();
        assertThat(ids.add("路径-😀")).isTrue();
        assertThat(ids.add("parcours-é")).isFalse();
        assertThat(ids.contains("路径-😀")).isTrue();
        assertThat(ids.contains("路径-😁")).isFalse();
        assertThat(ids.size()).isEqualTo(3);
    }

    /** A JSON reader may hand over such ids ({@code "\\ud800"}); UTF-8 would turn each into {@code '?'}. */
    @Test
    void unpairedSurrogatesAreNeitherConfusedWithEachOtherNorWithAQuestionMark() {
        IdSet ids = new IdSet();

        assertThat(ids.add("pw-\ud800")).isTrue();
        assertThat(ids.add("pw-\udbff")).isTrue();
        assertThat(ids.add("pw-\udc00")).isTrue();
        assertThat(ids.add("pw-?")).isTrue();
        assertThat(ids.add("pw-\ud800\udc00")).isTrue();
        assertThat(ids.add("pw-\udc00\ud800")).isTrue();
        assertThat(ids.contains("pw-\ud801")).isFalse();
        assertThat(ids.size()).isEqualTo(6);
    }

    @Test
    void wellFormedIdsAreStoredAsTheirUtf8Bytes() {
        qt().withFixedSeed(7L).withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 20)
                .assuming(IdSetTest::wellFormed))
                .checkAssert(id -> assertThat(IdSet.encode(id)).isEqualTo(id.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean wellFormed(String text) {
        return text.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    @Test
    void veryLongIdsAreStoredWhole() {
        IdSet ids = new IdSet();
        String longId = "a".repeat(10_000);
        String differsAtTheEnd = "a".repeat(9_999) + "b";

        assertThat(ids.add(longId)).isTrue();
        assertThat(ids.add(differsAtTheEnd)).isTrue();
        assertThat(ids.add("a".repeat(10_000))).isFalse();
        assertThat(ids.contains("a".repeat(9_999))).isFalse();
        assertThat(ids.contains("a".repeat(10_001))).isFalse();
        assertThat(ids.size()).isEqualTo(2);
    }

    @Test
    void manyLongIdsOutgrowTheInitialStorage() {
        IdSet ids = new IdSet();
        for (int i = 0; i < 50; i++) {
            assertThat(ids.add(i + "-" + "x".repeat(10_000))).isTrue();
        }

        for (int i = 0; i < 50; i++) {
            assertThat(ids.contains(i + "-" + "x".repeat(10_000))).isTrue();
        }
        assertThat(ids.size()).isEqualTo(50);
    }

    @Test
    void growsPastRehashesWithIdsThatFillPagesUnevenlyOrNeedAPageOfTheirOwn() {
        IdSet ids = new IdSet();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            // the empty id once, ids longer than a page, ids that leave the end of a page unused, short ids
            String id = i == 1_234 ? "" : i % 500 == 7 ? i + "-" + "p".repeat(70_000)
                    : i % 9 == 0 ? i + "-" + "m".repeat(3_000 + i % 1_000) : "id-" + i;
            assertThat(ids.add(id)).isTrue();
            added.add(id);
        }

        assertThat(ids.size()).isEqualTo(4_000);
        for (String id : added) {
            assertThat(ids.contains(id)).isTrue();
            assertThat(ids.add(new String(id.toCharArray()))).isFalse();
        }
        assertThat(ids.contains("id-4000")).isFalse();
        assertThat(ids.contains("7-" + "p".repeat(69_999))).isFalse();
    }

    /** Short ids over a small alphabet, so that a list repeats some of them. */
    private static Gen<String> ids() {
        return strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 3)
                .mix(strings().allPossible().ofLengthBetween(0, 12), 20);
    }

    @Test
    void behavesAsAHashSet() {
        qt().withFixedSeed(20260630L).withExamples(200)
                .forAll(lists().of(ids()).ofSizeBetween(0, 2_000), lists().of(ids()).ofSizeBetween(0, 50))
                .checkAssert((added, probed) -> {
                    IdSet ids = new IdSet();
                    Set<String> model = new HashSet<>();
                    List<Boolean> addedByIdSet = new ArrayList<>();
                    List<Boolean> addedByModel = new ArrayList<>();
                    for (String id : added) {
                        addedByIdSet.add(ids.add(id));
                        addedByModel.add(model.add(id));
                    }
                    List<String> probes = Stream.concat(added.stream(), probed.stream()).toList();

                    assertThat(addedByIdSet).isEqualTo(addedByModel);
                    assertThat(ids.size()).isEqualTo(model.size());
                    assertThat(probes.stream().map(ids::contains).toList())
                            .isEqualTo(probes.stream().map(model::contains).toList());
                });
    }

    @Test
    void behavesAsAHashSetForIdsOfEveryLength() {
        qt().withFixedSeed(1L).withExamples(40)
                .forAll(lists().of(strings().allPossible().ofLengthBetween(0, 500)).ofSizeBetween(0, 30),
                        integers().between(0, 29))
                .checkAssert((added, repeated) -> {
                    IdSet ids = new IdSet();
                    Set<String> model = new HashSet<>();
                    for (String id : added) {
                        assertThat(ids.add(id)).isEqualTo(model.add(id));
                    }
                    if (!added.isEmpty()) {
                        String again = added.get(repeated % added.size());
                        assertThat(ids.add(new String(again.toCharArray()))).isFalse();
                    }
                    assertThat(ids.size()).isEqualTo(model.size());
                });
    }
}
