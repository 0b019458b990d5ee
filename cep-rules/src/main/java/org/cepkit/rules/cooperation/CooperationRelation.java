package org.cepkit.rules.cooperation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.rules.RuleContext;

/** {@code cooperation.relation}: a relation links two distinct operators that both belong to the cooperation. */
public final class CooperationRelation extends CooperationRule {

    public static final String ID = "cooperation.relation";

    public CooperationRelation() {
        super(List.of("/operators/*/id", "/relations/*/between"), ID);
    }

    @Override
    public void check(Cooperation cooperation, RuleContext context) {
        Set<String> members = cooperation.getOperators().stream().map(ref -> ref.getId()).collect(Collectors.toSet());
        List<Relation> relations = cooperation.getRelations();
        for (int i = 0; i < relations.size(); i++) {
            List<String> between = relations.get(i).getBetween();
            if (between.size() != 2) {
                continue;
            }
            if (between.get(0).equals(between.get(1)) || !members.containsAll(between)) {
                context.report(ID, "/relations/" + i + "/between");
            }
        }
    }
}
