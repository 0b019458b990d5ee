package org.cepkit.analysis.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cepkit.analysis.Exclusion;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    private static Pathway pathway(int index, OperatorFamily family, String residence, int age) {
        return Pathway.builder().from(CepExamples.pathway())
                .id("pw-" + index)
                .operator(OperatorRef.of("op-" + family.name().toLowerCase(), family))
                .beneficiary(CepExamples.beneficiary().withId("b-" + index)
                        .withResidence(CommuneCode.parse(residence))
                        .withBirthDate(START.minusYears(age)))
                .build();
    }

    private static List<Pathway> pathways(int count, OperatorFamily family, String residence, int age) {
        List<Pathway> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(pathway(family.ordinal() * 10_000 + i + age * 100, family, residence, age));
        }
        return result;
    }

    private static Cell cell(IndicatorTable table, String... values) {
        return table.cells().stream().filter(c -> c.values().equals(List.of(values))).findFirst().orElseThrow();
    }

    @Test
    void countsEachMeasureOfACell() {
        IndicatorTable table = Indicators.builder().dimensions(Dimension.FAMILY).minCell(1).build()
                .tabulate(Stream.of(CepExamples.pathway(), Pathway.builder().from(CepExamples.pathway()).id("pw-2")
                        .endDate(LocalDate.of(2024, 3, 11)).referrals(List.of()).build()));

        Cell mission = cell(table, "MISSION_LOCALE");
        assertThat(mission.count(Measure.PATHWAYS)).hasValue(2);
        assertThat(mission.count(Measure.BENEFICIARIES)).hasValue(1);
        assertThat(mission.count(Measure.REACHED_LEVEL_2)).hasValue(2);
        assertThat(mission.count(Measure.REMOTE)).hasValue(2);
        assertThat(mission.count(Measure.REFERRALS_REMOVE_BARRIERS)).hasValue(1);
        assertThat(mission.count(Measure.REFERRALS_BUILD_PROJECT)).hasValue(0);
        assertThat(mission.medianDays()).hasValue((213 + 10) / 2.0);
        assertThat(table.total()).get().isEqualTo(table.cells().get(table.cells().size() - 1));
        assertThat(table.isDisclosureControlled()).isFalse();
    }

    @Test
    void ageBandsSplitAtTheirBoundaries() {
        assertThat(List.of(14, 15, 25, 26, 44, 45, 54, 55, 100, 101).stream().map(Dimension::ageBand)
                .map(band -> band.orElse("-")).toList())
                .containsExactly("-", "15-25", "15-25", "26-44", "26-44", "45-54", "45-54", "55+", "55+", "-");
    }

    @Test
    void qualificationBandsGroupTheNationalLevels() {
        assertThat(Stream.of(QualificationLevel.values()).map(Dimension::qualificationBand).toList())
                .containsExactly("NONE", "LEVEL_1-3", "LEVEL_1-3", "LEVEL_1-3", "LEVEL_4", "LEVEL_5", "LEVEL_6+",
                        "LEVEL_6+", "LEVEL_6+");
    }

    @Test
    void modeLevelAndPeriodFollowTheServicesAndTheStartDate() {
        Pathway inPerson = CepExamples.pathway().withServices(
                Service.of(ServiceLevel.LEVEL_1, START, DeliveryMode.IN_PERSON));
        Pathway remote = CepExamples.pathway().withId("pw-2").withStartDate(LocalDate.of(2024, 12, 31))
                .withEndDate(LocalDate.of(2025, 1, 10))
                .withServices(Service.of(ServiceLevel.LEVEL_2, LocalDate.of(2024, 12, 31), DeliveryMode.REMOTE));
        Indicators indicators = Indicators.builder().dimensions(Dimension.MODE, Dimension.LEVEL, Dimension.PERIOD)
                .granularity(Granularity.QUARTER).minCell(1).build();

        IndicatorTable table = indicators.tabulate(Stream.of(inPerson, remote, CepExamples.pathway().withId("pw-3")));

        assertThat(cell(table, "IN_PERSON", "LEVEL_1", "2024-Q1").count(Measure.PATHWAYS)).hasValue(1);
        assertThat(cell(table, "REMOTE", "LEVEL_2", "2024-Q4").count(Measure.PATHWAYS)).hasValue(1);
        assertThat(cell(table, "MIXED", "LEVEL_2", "2024-Q1").count(Measure.PATHWAYS)).hasValue(1);
        assertThat(Granularity.MONTH.periodOf(START)).isEqualTo("2024-03");
        assertThat(Granularity.YEAR.periodOf(START)).isEqualTo("2024");
    }

    @Test
    void theOutcomeDimensionIsTheObservedSituationOrNotRecorded() {
        Pathway employed = CepExamples.pathway().withId("pw-e").withEndDate(LocalDate.of(2024, 6, 1))
                .withOutcome(org.cepkit.model.pathway.Outcome.of(LocalDate.of(2024, 9, 1),
                        org.cepkit.model.pathway.OutcomeSituation.EMPLOYMENT));
        Indicators indicators = Indicators.builder().dimensions(Dimension.OUTCOME).minCell(1).build();

        IndicatorTable table = indicators.tabulate(Stream.of(employed, CepExamples.pathway().withId("pw-n")));

        assertThat(cell(table, "EMPLOYMENT").count(Measure.PATHWAYS)).hasValue(1);
        assertThat(cell(table, Dimension.NO_OUTCOME).count(Measure.PATHWAYS)).hasValue(1);
        assertThat(Dimension.fromKey("outcome")).contains(Dimension.OUTCOME);
    }

    @Test
    void regionAndDepartementOfResidenceComeFromTheReferential() {
        Indicators indicators = Indicators.builder().dimensions(Dimension.REGION, Dimension.DEPARTEMENT).minCell(1)
                .build();

        IndicatorTable table = indicators.tabulate(Stream.of(pathway(1, OperatorFamily.APEC, "2A004", 30),
                pathway(2, OperatorFamily.APEC, "97411", 30), pathway(3, OperatorFamily.APEC, "75101", 30),
                pathway(4, OperatorFamily.APEC, "01039", 30)));

        assertThat(cell(table, "94", "2A").count(Measure.PATHWAYS)).hasValue(1);
        assertThat(cell(table, "04", "974").count(Measure.PATHWAYS)).hasValue(1);
        assertThat(cell(table, "11", "75").count(Measure.PATHWAYS)).hasValue(1);
        assertThat(cell(table, "84", "01").count(Measure.PATHWAYS)).as("a former commune counts where it is now")
                .hasValue(1);
    }

    @Test
    void otherRecordsAndAgesOutsideTheRangeAreLeftOutAndCounted() {
        Tabulation tabulation = Indicators.builder().build().tabulation();

        tabulation.add(CepExamples.operator());
        tabulation.add(CepExamples.cooperation());
        tabulation.add(pathway(1, OperatorFamily.APEC, "2A004", 14));
        tabulation.add(pathway(2, OperatorFamily.APEC, "2A004", 101));
        tabulation.add(pathway(3, OperatorFamily.APEC, "2A004", 15));
        tabulation.leaveOut(Exclusion.INVALID, 5);
        IndicatorTable table = tabulation.table();

        assertThat(table.leftOut().count(Exclusion.OTHER_TYPE)).isEqualTo(2);
        assertThat(table.leftOut().count(Exclusion.AGE_OUT_OF_RANGE)).isEqualTo(2);
        assertThat(table.leftOut().count(Exclusion.INVALID)).isEqualTo(5);
        assertThat(table.leftOut().total()).isEqualTo(9);
        assertThat(table.cells()).hasSize(2);
    }

    @Test
    void smallCellsAndTheCellsThatWouldGiveThemAwayAreSuppressed() {
        List<Pathway> all = new ArrayList<>();
        all.addAll(pathways(4, OperatorFamily.APEC, "2A004", 30));
        all.addAll(pathways(30, OperatorFamily.MISSION_LOCALE, "2A004", 20));
        all.addAll(pathways(12, OperatorFamily.CAP_EMPLOI, "2A004", 40));
        all.addAll(pathways(50, OperatorFamily.FRANCE_TRAVAIL, "2A004", 40));

        IndicatorTable table = Indicators.builder().dimensions(Dimension.FAMILY).build().tabulate(all.stream());

        assertThat(cell(table, "APEC").count(Measure.PATHWAYS)).isEmpty();
        assertThat(cell(table, "APEC").count(Measure.BENEFICIARIES)).isEmpty();
        assertThat(cell(table, "APEC").medianDays()).isEmpty();
        assertThat(cell(table, "CAP_EMPLOI").isSuppressed(Measure.PATHWAYS)).as("the smallest other cell").isTrue();
        assertThat(cell(table, "MISSION_LOCALE").count(Measure.PATHWAYS)).hasValue(30);
        assertThat(table.total().orElseThrow().count(Measure.PATHWAYS)).hasValue(96);
        assertThat(table.isDisclosureControlled()).isTrue();
    }

    @Test
    void everyTableOfPathwaysPassesTheAudit() {
        List<Pathway> all = new ArrayList<>();
        int[] sizes = {3, 40, 12, 7, 25, 1, 60, 9};
        OperatorFamily[] families = {OperatorFamily.APEC, OperatorFamily.MISSION_LOCALE, OperatorFamily.CAP_EMPLOI};
        int i = 0;
        for (OperatorFamily family : families) {
            for (int age : new int[] {20, 35, 50, 60}) {
                all.addAll(pathways(sizes[i++ % sizes.length], family, "2A004", age));
            }
        }
        all.set(0, Pathway.builder().from(all.get(0)).referrals(List.of(Referral.builder().to(CepExamples.FRANCE_TRAVAIL_BASTIA)
                .date(START).purpose(CooperationPurpose.BUILD_PROJECT).build())).build());
        Indicators indicators = Indicators.builder().dimensions(Dimension.FAMILY, Dimension.AGE_BAND).build();

        IndicatorTable table = indicators.tabulate(all.stream());

        Map<List<String>, long[]> cells = new HashMap<>();
        Set<List<String>> small = new HashSet<>();
        List<Set<List<String>>> patterns = new ArrayList<>();
        for (int m = 0; m < CellStats.ADDITIVE.size(); m++) {
            patterns.add(new HashSet<>());
        }
        for (Cell cell : table.cells()) {
            long[] values = new long[CellStats.ADDITIVE.size()];
            for (int m = 0; m < values.length; m++) {
                Measure measure = CellStats.ADDITIVE.get(m);
                values[m] = cell.unprotectedCount(measure);
                if (cell.isSuppressed(measure)) {
                    patterns.get(m).add(cell.values());
                }
            }
            cells.put(cell.values(), values);
            if (cell.isSmall()) {
                small.add(cell.values());
            }
        }
        assertThat(small).isNotEmpty();
        for (int m = 0; m < patterns.size(); m++) {
            assertThat(DisclosureAudit.failures(cells, patterns.get(m), m, small, 11)).isEmpty();
        }
    }

    @Test
    void minCellOneTurnsDisclosureControlOff() {
        IndicatorTable table = Indicators.builder().minCell(1).build()
                .tabulate(pathways(2, OperatorFamily.APEC, "2A004", 30).stream());

        assertThat(table.cells()).noneMatch(Cell::isSuppressed);
        assertThat(table.minCell()).isEqualTo(1);
    }

    @Test
    void badSettingsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> Indicators.builder().minCell(0)).hasMessageContaining("minCell 0");
        assertThatThrownBy(() -> Indicators.builder().dimensions(List.of())).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> Indicators.builder().dimensions(Dimension.SEX, Dimension.SEX))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Dimension.parseList("family,colour")).hasMessageContaining("'colour'");
        assertThat(Dimension.parseList("family, age-band")).containsExactly(Dimension.FAMILY, Dimension.AGE_BAND);
    }

    @Test
    void aCellNeverShowsABeneficiaryId() {
        IndicatorTable table = Indicators.builder().minCell(1).build()
                .tabulate(pathways(2, OperatorFamily.APEC, "2A004", 30).stream());

        assertThat(table.cells()).allSatisfy(cell -> assertThat(cell.toString()).doesNotContain("b-"));
    }
}
