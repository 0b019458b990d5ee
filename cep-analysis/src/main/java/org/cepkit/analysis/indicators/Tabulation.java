package org.cepkit.analysis.indicators;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.LeftOut;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.rules.territory.CogCommune;

/**
 * One table being counted: fed records one at a time, then asked for its {@link IndicatorTable}. Its memory
 * grows with the number of cells, never with the number of records: a cell holds a few counts, a distinct
 * counter of at most 4 KiB and the durations of its ended pathways (at most a few KiB). Not thread-safe: one
 * tabulation per thread, or one fed from one thread.
 */
public final class Tabulation {

    private final Indicators indicators;
    private final Map<List<String>, CellStats> cells = new HashMap<>();
    private final LeftOut.Counter leftOut = new LeftOut.Counter();

    Tabulation(Indicators indicators) {
        this.indicators = indicators;
    }

    /**
     * Counts a record: a pathway in its cell (or, with an age at entry outside 15–100, as left out), any other
     * record as left out, {@link Exclusion#OTHER_TYPE}. The caller leaves out the records with an ERROR itself
     * and tells {@link #leaveOut}.
     */
    public void add(CepRecord record) {
        Objects.requireNonNull(record, "record");
        if (!(record instanceof Pathway pathway)) {
            leftOut.add(Exclusion.OTHER_TYPE);
            return;
        }
        Optional<String> ageBand = Dimension.ageBand(pathway.getBeneficiary().ageAt(pathway.getStartDate()));
        if (ageBand.isEmpty()) {
            leftOut.add(Exclusion.AGE_OUT_OF_RANGE);
            return;
        }
        List<Dimension> dimensions = indicators.dimensions();
        String[] key = new String[dimensions.size()];
        Optional<CogCommune> residence = null;
        for (int d = 0; d < key.length; d++) {
            Dimension dimension = dimensions.get(d);
            if ((dimension == Dimension.REGION || dimension == Dimension.DEPARTEMENT) && residence == null) {
                residence = indicators.referential().lookup(pathway.getBeneficiary().getResidence()).commune();
            }
            key[d] = value(dimension, pathway, ageBand.get(), residence);
        }
        CellStats cell = cells.computeIfAbsent(List.of(key), k -> new CellStats());
        cell.counts[0]++;
        boolean level2 = false;
        boolean remote = false;
        for (Service service : pathway.getServices()) {
            level2 |= service.getLevel() != ServiceLevel.LEVEL_1;
            remote |= service.getMode() == DeliveryMode.REMOTE;
        }
        cell.counts[1] += level2 ? 1 : 0;
        cell.counts[2] += remote ? 1 : 0;
        for (Referral referral : pathway.getReferrals()) {
            cell.counts[CellStats.indexOf(Measure.referrals(referral.getPurpose()))]++;
        }
        cell.beneficiaries.add(DistinctCounter.hash(pathway.getBeneficiary().getId()));
        pathway.getEndDate().ifPresent(end -> cell.durations.add(ChronoUnit.DAYS.between(pathway.getStartDate(), end)));
    }

    /** Counts a record the caller left out, for {@code reason}. */
    public void leaveOut(Exclusion reason) {
        leftOut.add(reason);
    }

    /** Counts {@code count} records the caller left out, for {@code reason}. */
    public void leaveOut(Exclusion reason, long count) {
        leftOut.add(reason, count);
    }

    /** The cells counted so far. */
    public int cellCount() {
        return cells.size();
    }

    /**
     * The table of what was counted so far, its margins added and disclosure control applied. The tabulation can
     * go on counting after.
     */
    public IndicatorTable table() {
        int dimensions = indicators.dimensions().size();
        Map<List<String>, CellStats> all = Lattice.withMargins(cells, dimensions, CellStats::new, CellStats::merge);
        int minCell = indicators.minCell();
        Map<List<String>, long[]> counts = new HashMap<>();
        Set<List<String>> primary = new HashSet<>();
        for (Map.Entry<List<String>, CellStats> cell : all.entrySet()) {
            CellStats stats = cell.getValue();
            counts.put(cell.getKey(), stats.counts);
            if (stats.counts[0] < minCell || Math.min(stats.beneficiaries.estimate(), stats.counts[0]) < minCell) {
                primary.add(cell.getKey());
            }
        }
        List<Set<List<String>>> patterns = minCell > 1 ? Disclosure.suppress(counts, primary, minCell) : List.of();
        List<Cell> result = new ArrayList<>(all.size());
        all.keySet().stream().sorted(Lattice::compare).forEach(key -> {
            CellStats stats = all.get(key);
            long[] values = new long[Measure.values().length];
            boolean[] suppressed = new boolean[values.length];
            for (int i = 0; i < CellStats.ADDITIVE.size(); i++) {
                int m = CellStats.ADDITIVE.get(i).ordinal();
                values[m] = stats.counts[i];
                suppressed[m] = !patterns.isEmpty() && patterns.get(i).contains(key);
            }
            boolean hidden = suppressed[Measure.PATHWAYS.ordinal()];
            // An estimate above the pathways would be a visible error: there are never more people than pathways.
            values[Measure.BENEFICIARIES.ordinal()] = Math.min(stats.beneficiaries.estimate(), stats.counts[0]);
            suppressed[Measure.BENEFICIARIES.ordinal()] = hidden;
            suppressed[Measure.MEDIAN_DAYS.ordinal()] = hidden || stats.durations.count() < minCell;
            result.add(new Cell(key, values, stats.durations.median(), suppressed, primary.contains(key) && minCell > 1));
        });
        return new IndicatorTable(indicators, result, leftOut.snapshot());
    }

    private String value(Dimension dimension, Pathway pathway, String ageBand, Optional<CogCommune> residence) {
        return switch (dimension) {
            case FAMILY -> pathway.getOperator().getFamily().name();
            case SPECIFICATION -> pathway.getSpecification().name();
            case LEVEL -> Dimension.highestLevel(pathway).name();
            case SEX -> pathway.getBeneficiary().getSex().name();
            case AGE_BAND -> ageBand;
            case STATUS -> pathway.getBeneficiary().getStatus().name();
            case QUALIFICATION -> Dimension.qualificationBand(pathway.getBeneficiary().getQualificationLevel());
            case DISABILITY -> Boolean.toString(pathway.getBeneficiary().isDisabilityRecognition());
            case EXECUTIVE -> Boolean.toString(pathway.getBeneficiary().isExecutive());
            case REGION -> residence.flatMap(CogCommune::region).map(RegionCode::value).orElse(Dimension.NONE);
            case DEPARTEMENT -> residence.flatMap(CogCommune::departement).map(DepartementCode::value)
                    .orElse(Dimension.NONE);
            case MODE -> Dimension.mode(pathway);
            case OUTCOME -> pathway.getOutcome().map(outcome -> outcome.getSituation().name())
                    .orElse(Dimension.NO_OUTCOME);
            case PERIOD -> indicators.granularity().periodOf(pathway.getStartDate());
        };
    }
}
