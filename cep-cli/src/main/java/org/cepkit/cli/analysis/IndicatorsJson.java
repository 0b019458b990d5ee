package org.cepkit.cli.analysis;

import java.io.Writer;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.indicators.Cell;
import org.cepkit.analysis.indicators.Dimension;
import org.cepkit.analysis.indicators.IndicatorTable;
import org.cepkit.analysis.indicators.Measure;
import org.cepkit.model.cooperation.CooperationPurpose;
import tools.jackson.core.JsonGenerator;

/**
 * An indicator table as JSON: its settings, the records left out, then one object per cell and margin total
 * with its dimension values ({@code "*"} on a totalled dimension) and measures; a suppressed measure is
 * {@code null} and its cell has {@code "suppressed": true}.
 *
 * <pre>{@code
 * {"dimensions": ["family"], "period": "year",
 *  "disclosureControl": {"applied": true, "minCell": 11},
 *  "leftOut": {"invalid": 9, "otherType": 22, "ageOutOfRange": 0},
 *  "cells": [{"family": "APEC", "pathways": null, …, "suppressed": true}, …]}
 * }</pre>
 */
public final class IndicatorsJson {

    public void write(IndicatorTable table, Writer out) {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("dimensions");
            for (Dimension dimension : table.dimensions()) {
                g.writeString(dimension.key());
            }
            g.writeEndArray();
            g.writeStringProperty("period", table.granularity().key());
            g.writeObjectPropertyStart("disclosureControl");
            g.writeBooleanProperty("applied", table.isDisclosureControlled());
            g.writeNumberProperty("minCell", table.minCell());
            g.writeEndObject();
            g.writeObjectPropertyStart("leftOut");
            for (Exclusion reason : Exclusion.values()) {
                g.writeNumberProperty(reason.key(), table.leftOut().count(reason));
            }
            g.writeEndObject();
            g.writeArrayPropertyStart("cells");
            for (Cell cell : table.cells()) {
                write(cell, table, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void write(Cell cell, IndicatorTable table, JsonGenerator g) {
        g.writeStartObject();
        for (Dimension dimension : table.dimensions()) {
            g.writeStringProperty(dimension.key(), cell.value(dimension));
        }
        count(cell, Measure.PATHWAYS, g);
        count(cell, Measure.BENEFICIARIES, g);
        count(cell, Measure.REACHED_LEVEL_2, g);
        count(cell, Measure.REMOTE, g);
        g.writeName(Measure.MEDIAN_DAYS.key());
        if (cell.medianDays().isPresent()) {
            g.writeNumber(cell.medianDays().getAsDouble());
        } else {
            g.writeNull();
        }
        g.writeObjectPropertyStart("referrals");
        for (CooperationPurpose purpose : CooperationPurpose.values()) {
            g.writeName(purpose.name());
            Measure measure = Measure.referrals(purpose);
            if (cell.isSuppressed(measure)) {
                g.writeNull();
            } else {
                g.writeNumber(cell.count(measure).getAsLong());
            }
        }
        g.writeEndObject();
        g.writeBooleanProperty("suppressed", cell.isSuppressed());
        g.writeEndObject();
    }

    private static void count(Cell cell, Measure measure, JsonGenerator g) {
        g.writeName(measure.key());
        if (cell.isSuppressed(measure)) {
            g.writeNull();
        } else {
            g.writeNumber(cell.count(measure).getAsLong());
        }
    }
}
