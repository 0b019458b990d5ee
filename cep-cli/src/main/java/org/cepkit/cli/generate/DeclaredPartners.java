package org.cepkit.cli.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.operator.Operator;

/**
 * The relations the generated cooperations declare, seen from each operator: the partners it can refer its
 * beneficiaries to, and for what. The pathways draw part of their referrals from them, so that the referrals
 * partly match the declared ties, as they would where a cooperation lives. About a third of the relations are
 * declared and never lived: the Céreq saw that relations older than the CEP did not always mean cooperation.
 */
final class DeclaredPartners {

    /** A declared partner of an operator, and the purposes of their relation. */
    record Partner(Operator operator, List<CooperationPurpose> purposes) {
    }

    /** The share of declared relations that the pathways' referrals use. */
    private static final double LIVED = 0.65;

    private final Map<String, Operator> byId = new HashMap<>();
    private final Map<String, List<Partner>> partners = new HashMap<>();

    DeclaredPartners(OperatorSet operators) {
        operators.all().forEach(operator -> byId.put(operator.getId(), operator));
    }

    /** Adds the relations of {@code cooperation} that {@code random} draws as lived. */
    void add(Cooperation cooperation, SplittableRandom random) {
        for (Relation relation : cooperation.getRelations()) {
            Operator a = byId.get(relation.getBetween().get(0));
            Operator b = byId.get(relation.getBetween().get(1));
            if (Draws.chance(random, LIVED) && a != null && b != null && a != b) {
                partners.computeIfAbsent(a.getId(), id -> new ArrayList<>())
                        .add(new Partner(b, relation.getPurposes()));
                partners.computeIfAbsent(b.getId(), id -> new ArrayList<>())
                            .add(new Partner(a, relation.getPurposes()));
            }
        }
    }

    /** The declared partners of an operator, in the order of the cooperations. */
    List<Partner> of(Operator operator) {
        return partners.getOrDefault(operator.getId(), List.of());
    }
}
