package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.internal.AbstractRule;

/** A rule of fixed catalogue ids that checks pathways. */
abstract class PathwayRule extends AbstractRule<Pathway> {

    PathwayRule(List<String> inputs, String... ids) {
        super(Pathway.class, inputs, ids);
    }
}
