package org.cepkit.rules.cog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.RuleContext;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.territory.CogCommune;
import org.cepkit.rules.territory.CommuneLookup;
import org.cepkit.rules.territory.Referential;

/**
 * {@code territory.unknown}, {@code territory.not-current} and {@code territory.inconsistent}: every
 * well-formed territorial code is checked against the COG edition of the validator's profile ({@link Referential},
 * the embedded COG 2026 by default). One look-up
 * serves the three ids. A former, delegated or associated commune is a warning whose message names the
 * current commune, except for a beneficiary's residence, whose message names none (it would tell where the
 * person lives). In a local area, a commune absent from the COG, or listed twice, makes the territory
 * inconsistent; so do a municipal arrondissement listed with its commune ({@code 75101} with {@code 75056}), and
 * a former, delegated or associated commune listed with the commune that now holds it ({@code 01039} with
 * {@code 01138}): each is reported on the part, the place that counts twice. Communes listed for a territory that
 * is not a local area are inconsistent too. Malformed codes are left to the {@code format.*} rules.
 */
public final class TerritoryReferences {

    public static final String UNKNOWN = "territory.unknown";
    public static final String NOT_CURRENT = "territory.not-current";
    public static final String INCONSISTENT = "territory.inconsistent";

    private TerritoryReferences() {
    }

    static void checkCommune(CommuneCode code, String path, boolean personal, boolean inLocalArea,
            RuleContext context) {
        CommuneLookup lookup = context.referential().lookup(code);
        switch (lookup.status()) {
            case CURRENT -> {
            }
            case FORMER -> {
                String current = "";
                if (!personal) {
                    CogCommune commune = lookup.commune().orElseThrow();
                    current = (context.english() ? "; current commune: " : " ; commune actuelle : ")
                            + commune.code() + " " + commune.name();
                }
                context.report(NOT_CURRENT, path, Map.of("edition", context.referential().edition(),
                        "current", current));
            }
            case UNKNOWN -> {
                if (inLocalArea) {
                    context.report(INCONSISTENT, path, Map.of("detail", context.english()
                            ? "a commune of the local area is absent from the " + context.referential().edition()
                            : "une commune du bassin est absente du " + context.referential().edition()));
                } else {
                    context.report(UNKNOWN, path, Map.of("edition", context.referential().edition()));
                }
            }
        }
    }

    private abstract static class Base<T extends CepRecord> extends AbstractRule<T> {
        Base(Class<T> type, List<String> inputs) {
            super(type, inputs, UNKNOWN, NOT_CURRENT, INCONSISTENT);
        }
    }

    /** The beneficiary's residence. */
    public static final class InPathway extends Base<Pathway> {
        public InPathway() {
            super(Pathway.class, List.of("/beneficiary/residence"));
        }

        @Override
        public void check(Pathway pathway, RuleContext context) {
            checkCommune(pathway.getBeneficiary().getResidence(), "/beneficiary/residence", true, false, context);
        }
    }

    /** The communes of the operator's sites. */
    public static final class InOperator extends Base<Operator> {
        public InOperator() {
            super(Operator.class, List.of("/sites/*/commune"));
        }

        @Override
        public void check(Operator operator, RuleContext context) {
            for (int i = 0; i < operator.getSites().size(); i++) {
                checkCommune(operator.getSites().get(i).getCommune(), "/sites/" + i + "/commune", false, false,
                        context);
            }
        }
    }

    /** The cooperation's territory: its code and, for a local area, its communes. */
    public static final class InCooperation extends Base<Cooperation> {
        public InCooperation() {
            super(Cooperation.class, List.of("/territory"));
        }

        @Override
        public void check(Cooperation cooperation, RuleContext context) {
            Territory territory = cooperation.getTerritory();
            TerritoryKind kind = territory.getKind();
            String code = territory.getCode();
            if (kind.codeFormat().matches(code)) {
                switch (kind) {
                    case COMMUNE -> checkCommune(CommuneCode.parse(code), "/territory/code", false, false, context);
                    case EPCI -> unknownUnless(context.referential().epci(code).isPresent(), context);
                    case DEPARTEMENT -> unknownUnless(context.referential().departement(code).isPresent(), context);
                    case REGION -> unknownUnless(context.referential().region(code).isPresent(), context);
                    case EMPLOYMENT_ZONE, LOCAL_AREA -> {
                    }
                }
            }
            List<CommuneCode> communes = territory.getCommunes();
            if (kind != TerritoryKind.LOCAL_AREA) {
                if (!communes.isEmpty()) {
                    context.report(INCONSISTENT, "/territory/communes", Map.of("detail", context.english()
                            ? "only a local area lists its communes" : "seul un bassin local liste ses communes"));
                }
                return;
            }
            Set<CommuneCode> seen = new HashSet<>();
            for (int i = 0; i < communes.size(); i++) {
                String path = "/territory/communes/" + i;
                if (!seen.add(communes.get(i))) {
                    context.report(INCONSISTENT, path, Map.of("detail", context.english()
                            ? "a commune is listed twice" : "une commune est listée deux fois"));
                } else {
                    checkCommune(communes.get(i), path, false, true, context);
                }
            }
            checkOverlaps(communes, seen, context);
        }

        /**
         * A part listed with the commune that holds it: an arrondissement with its commune, a former commune with
         * its current one. Each code is judged once, at its first place.
         */
        private static void checkOverlaps(List<CommuneCode> communes, Set<CommuneCode> listed, RuleContext context) {
            Set<CommuneCode> judged = new HashSet<>();
            for (int i = 0; i < communes.size(); i++) {
                CommuneCode code = communes.get(i);
                if (!judged.add(code)) {
                    continue;
                }
                CommuneLookup lookup = context.referential().lookup(code);
                Optional<CommuneCode> holder = switch (lookup.status()) {
                    case CURRENT -> lookup.commune().flatMap(CogCommune::parent);
                    case FORMER -> lookup.commune().map(CogCommune::code).filter(current -> !current.equals(code));
                    case UNKNOWN -> Optional.empty();
                };
                if (holder.isPresent() && listed.contains(holder.get())) {
                    boolean arrondissement = lookup.status() == CommuneLookup.Status.CURRENT;
                    context.report(INCONSISTENT, "/territory/communes/" + i, Map.of("detail", context.english()
                            ? arrondissement ? "a municipal arrondissement is listed with its commune"
                                    : "a former, delegated or associated commune is listed with the commune that "
                                            + "now holds it"
                            : arrondissement ? "un arrondissement municipal est listé avec sa commune"
                                    : "une commune ancienne, déléguée ou associée est listée avec la commune qui "
                                            + "la comprend"));
                }
            }
        }

        private static void unknownUnless(boolean known, RuleContext context) {
            if (!known) {
                context.report(UNKNOWN, "/territory/code", Map.of("edition", context.referential().edition()));
            }
        }
    }
}
