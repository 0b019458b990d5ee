package org.cepkit.rules.pathway;

import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.AbstractRule;

/** A rule of fixed catalogue ids that checks pathways. */
abstract class PathwayRule extends AbstractRule<Pathway> {

    PathwayRule(String... ids) {
        super(Pathway.class, ids);
    }
}
