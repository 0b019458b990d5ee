package org.cepkit.json.write;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.CepRecord;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeValue;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.territory.Territory;
import tools.jackson.core.JsonGenerator;

/**
 * Writes records in the canonical v1 form: the fields in the order of SPEC §2 ({@code type} and {@code id}
 * first), codes as their UPPER_SNAKE value, dates as ISO 8601, absent optional fields and empty optional lists
 * left out, the two beneficiary booleans always written. The same record always gives the same bytes.
 */
public final class RecordWriter {

    private RecordWriter() {
    }

    public static void write(CepRecord record, JsonGenerator g) {
        if (record instanceof Operator operator) {
            operator(operator, g);
        } else if (record instanceof Pathway pathway) {
            pathway(pathway, g);
        } else if (record instanceof Cooperation cooperation) {
            cooperation(cooperation, g);
        } else {
            throw new IllegalArgumentException("Not a cepkit record: " + record.getClass().getName());
        }
    }

    private static void header(CepRecord record, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("type", record.getType().wireName());
        g.writeStringProperty("id", record.getId());
    }

    private static void operator(Operator o, JsonGenerator g) {
        header(o, g);
        code("family", o.getFamily(), g);
        g.writeStringProperty("name", o.getName());
        value("siret", o.getSiret(), g);
        values("coverage", o.getCoverage(), g);
        if (!o.getSites().isEmpty()) {
            g.writeArrayPropertyStart("sites");
            for (Site site : o.getSites()) {
                g.writeStartObject();
                g.writeStringProperty("id", site.getId());
                string("name", site.getName(), g);
                g.writeStringProperty("commune", site.getCommune().value());
                value("postalCode", site.getPostalCode(), g);
                codes("modes", site.getModes(), g, true);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        date("activeFrom", o.getActiveFrom(), g);
        date("activeTo", o.getActiveTo(), g);
        g.writeEndObject();
    }

    private static void ref(String name, OperatorRef ref, JsonGenerator g) {
        if (name != null) {
            g.writeName(name);
        }
        g.writeStartObject();
        g.writeStringProperty("id", ref.getId());
        code("family", ref.getFamily(), g);
        g.writeEndObject();
    }

    private static void pathway(Pathway p, JsonGenerator g) {
        header(p, g);
        ref("operator", p.getOperator(), g);
        beneficiary(p.getBeneficiary(), g);
        code("specification", p.getSpecification(), g);
        date("startDate", Optional.of(p.getStartDate()), g);
        date("endDate", p.getEndDate(), g);
        g.writeArrayPropertyStart("services");
        for (Service s : p.getServices()) {
            g.writeStartObject();
            code("level", s.getLevel(), g);
            date("date", Optional.of(s.getDate()), g);
            code("mode", s.getMode(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!p.getReferrals().isEmpty()) {
            g.writeArrayPropertyStart("referrals");
            for (Referral r : p.getReferrals()) {
                g.writeStartObject();
                ref("to", r.getTo(), g);
                date("date", Optional.of(r.getDate()), g);
                code("purpose", r.getPurpose(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (p.getActionPlan().isPresent()) {
            ActionPlan plan = p.getActionPlan().get();
            g.writeObjectPropertyStart("actionPlan");
            date("deliveredOn", Optional.of(plan.getDeliveredOn()), g);
            g.writeArrayPropertyStart("goals");
            for (Goal goal : plan.getGoals()) {
                g.writeStartObject();
                code("kind", goal.getKind(), g);
                value("rome", goal.getRome(), g);
                value("formacode", goal.getFormacode(), g);
                value("certification", goal.getCertification(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void beneficiary(Beneficiary b, JsonGenerator g) {
        g.writeObjectPropertyStart("beneficiary");
        g.writeStringProperty("id", b.getId());
        date("birthDate", Optional.of(b.getBirthDate()), g);
        code("sex", b.getSex(), g);
        code("status", b.getStatus(), g);
        g.writeBooleanProperty("executive", b.isExecutive());
        g.writeBooleanProperty("disabilityRecognition", b.isDisabilityRecognition());
        code("qualificationLevel", b.getQualificationLevel(), g);
        g.writeStringProperty("residence", b.getResidence().value());
        value("employerSiret", b.getEmployerSiret(), g);
        g.writeEndObject();
    }

    private static void cooperation(Cooperation c, JsonGenerator g) {
        header(c, g);
        territory(c.getTerritory(), g);
        g.writeArrayPropertyStart("operators");
        for (OperatorRef ref : c.getOperators()) {
            ref(null, ref, g);
        }
        g.writeEndArray();
        if (!c.getPartners().isEmpty()) {
            g.writeArrayPropertyStart("partners");
            for (Partner partner : c.getPartners()) {
                partner(null, partner, g);
            }
            g.writeEndArray();
        }
        code("configuration", c.getConfiguration(), g);
        if (c.getContext().isPresent()) {
            Context ctx = c.getContext().get();
            g.writeObjectPropertyStart("context");
            ctx.getRegionalEngagement().ifPresent(v -> code("regionalEngagement", v, g));
            ctx.getPriorProximity().ifPresent(v -> code("priorProximity", v, g));
            string("federatingIssue", ctx.getFederatingIssue(), g);
            ctx.getAnimator().ifPresent(animator -> partner("animator", animator, g));
            g.writeEndObject();
        }
        if (!c.getRelations().isEmpty()) {
            g.writeArrayPropertyStart("relations");
            for (Relation r : c.getRelations()) {
                g.writeStartObject();
                g.writeArrayPropertyStart("between");
                for (String id : r.getBetween()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                code("form", r.getForm(), g);
                codes("purposes", r.getPurposes(), g, true);
                date("since", r.getSince(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        date("startDate", Optional.of(c.getStartDate()), g);
        date("endDate", c.getEndDate(), g);
        g.writeEndObject();
    }

    private static void territory(Territory t, JsonGenerator g) {
        g.writeObjectPropertyStart("territory");
        code("kind", t.getKind(), g);
        g.writeStringProperty("code", t.getCode());
        string("name", t.getName(), g);
        values("communes", t.getCommunes(), g);
        g.writeEndObject();
    }

    private static void partner(String name, Partner partner, JsonGenerator g) {
        if (name != null) {
            g.writeName(name);
        }
        g.writeStartObject();
        g.writeStringProperty("name", partner.getName());
        code("kind", partner.getKind(), g);
        g.writeEndObject();
    }

    private static void code(String name, CodeList code, JsonGenerator g) {
        g.writeStringProperty(name, code.code());
    }

    private static void codes(String name, List<? extends CodeList> codes, JsonGenerator g, boolean always) {
        if (codes.isEmpty() && !always) {
            return;
        }
        g.writeArrayPropertyStart(name);
        for (CodeList code : codes) {
            g.writeString(code.code());
        }
        g.writeEndArray();
    }

    private static void value(String name, Optional<? extends CodeValue> value, JsonGenerator g) {
        value.ifPresent(v -> g.writeStringProperty(name, v.value()));
    }

    private static void values(String name, List<? extends CodeValue> values, JsonGenerator g) {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayPropertyStart(name);
        for (CodeValue v : values) {
            g.writeString(v.value());
        }
        g.writeEndArray();
    }

    private static void string(String name, Optional<String> value, JsonGenerator g) {
        value.ifPresent(v -> g.writeStringProperty(name, v));
    }

    private static void date(String name, Optional<LocalDate> value, JsonGenerator g) {
        value.ifPresent(v -> g.writeStringProperty(name, v.toString()));
    }
}
