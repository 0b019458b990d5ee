package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.Rule;

/** A rule of one catalogue id that checks pathways. */
abstract class PathwayRule implements Rule<Pathway> {

    private final List<String> ids;

    PathwayRule(String... ids) {
        this.ids = List.of(ids);
    }

    @Override
    public final Class<Pathway> recordType() {
        return Pathway.class;
    }

    @Override
    public final List<String> ruleIds() {
        return ids;
    }
}
