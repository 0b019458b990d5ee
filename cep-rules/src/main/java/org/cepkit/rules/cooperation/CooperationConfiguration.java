package org.cepkit.rules.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.rules.RuleContext;

/**
 * {@code cooperation.configuration}: each configuration of the Céreq typology goes with its context. A local
 * orientation service animated under the Region needs a strong regional engagement and an animator (a Cité
 * des métiers, say); a local common cause needs its federating issue and, when the prior proximity of the actors
 * is given, a long-standing one (Céreq's third configuration is a <i>partenariat historique</i> fondé sur un bien
 * commun local); a Region that has withdrawn cannot show a strong engagement.
 */
public final class CooperationConfiguration extends CooperationRule {

    public static final String ID = "cooperation.configuration";

    public CooperationConfiguration() {
        super(List.of("/configuration", "/context"), ID);
    }

    @Override
    public void check(Cooperation cooperation, RuleContext context) {
        Optional<Context> ctx = cooperation.getContext();
        Optional<RegionalEngagement> engagement = ctx.flatMap(Context::getRegionalEngagement);
        boolean english = context.english();
        List<String> problems = new ArrayList<>();
        switch (cooperation.getConfiguration()) {
            case REGION_LED_LOCAL_SERVICE -> {
                if (engagement.orElse(null) != RegionalEngagement.STRONG) {
                    problems.add(english ? "regional engagement is not STRONG" : "l'engagement régional n'est pas fort");
                }
                if (ctx.flatMap(Context::getAnimator).isEmpty()) {
                    problems.add(english ? "no animator" : "aucun animateur");
                }
            }
            case LOCAL_COMMON_CAUSE -> {
                if (ctx.flatMap(Context::getFederatingIssue).isEmpty()) {
                    problems.add(english ? "no federating issue" : "aucune problématique fédératrice");
                }
                Optional<PriorProximity> proximity = ctx.flatMap(Context::getPriorProximity);
                if (proximity.isPresent() && proximity.get() != PriorProximity.LONG_STANDING) {
                    problems.add(english ? "the prior proximity is not LONG_STANDING"
                            : "la proximité préalable n'est pas ancienne");
                }
            }
            case REGION_WITHDRAWN -> {
                if (engagement.orElse(null) == RegionalEngagement.STRONG) {
                    problems.add(english ? "regional engagement is STRONG" : "l'engagement régional est fort");
                }
            }
            case OTHER -> {
            }
        }
        if (!problems.isEmpty()) {
            Configuration configuration = cooperation.getConfiguration();
            context.report(ID, cooperation.getContext().isPresent() ? "/context" : "/configuration",
                    Map.of("configuration", configuration.code(), "detail", String.join(", ", problems)));
        }
    }
}
