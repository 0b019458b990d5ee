package org.cepkit.cli.analysis;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.network.ConfigurationEvidence;
import org.cepkit.analysis.network.DeclaredTie;
import org.cepkit.analysis.network.NetworkOperator;
import org.cepkit.analysis.network.NetworkReport;
import org.cepkit.analysis.network.ObservedTie;
import org.cepkit.analysis.network.OperatorPair;
import org.cepkit.analysis.network.TerritoryNetwork;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.Partner;
import tools.jackson.core.JsonGenerator;

/**
 * The networks as JSON: the records left out, then one object per territory with its operators, declared and
 * observed ties, measures and configuration evidence. A measure that is undefined (a density under two operators)
 * is {@code null}; an evidence signal the records cannot tell is {@code null}. A cooperation's context and the
 * partners are written as the records give them, in the wire format ({@link JsonOutput}).
 *
 * <pre>{@code
 * {"leftOut": {"invalid": 0, "otherType": 0, "ageOutOfRange": 0},
 *  "territories": [{"kind": "REGION", "code": "94", "name": "Corse", "operators": [...],
 *                   "density": 0.4, "degreeCentralization": 0.5, ..., "configurationEvidence": [...]}]}
 * }</pre>
 */
public final class NetworkJson {

    /** The three configurations of the Céreq, whose signals the evidence gives. */
    static final List<Configuration> CEREQ = List.of(Configuration.REGION_LED_LOCAL_SERVICE,
            Configuration.LOCAL_COMMON_CAUSE, Configuration.REGION_WITHDRAWN);

    public void write(NetworkReport report, List<TerritoryNetwork> networks, Writer out) {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeObjectPropertyStart("leftOut");
            for (Exclusion reason : Exclusion.values()) {
                g.writeNumberProperty(reason.key(), report.leftOut().count(reason));
            }
            g.writeEndObject();
            g.writeArrayPropertyStart("territories");
            for (TerritoryNetwork network : networks) {
                write(network, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void write(TerritoryNetwork n, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("kind", n.territory().kind().name());
        g.writeStringProperty("code", n.territory().code());
        g.writeStringProperty("name", n.territory().name().orElse(null));
        g.writeArrayPropertyStart("operators");
        for (NetworkOperator operator : n.operators()) {
            g.writeStartObject();
            g.writeStringProperty("id", operator.id());
            g.writeStringProperty("name", operator.name().orElse(null));
            g.writeStringProperty("family", operator.family().name());
            g.writeBooleanProperty("present", operator.present());
            g.writeNumberProperty("degree", operator.degree());
            g.writeNumberProperty("betweenness", operator.betweenness());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("declaredTies");
        for (DeclaredTie tie : n.declaredTies()) {
            g.writeStartObject();
            g.writeArrayPropertyStart("between");
            g.writeString(tie.first());
            g.writeString(tie.second());
            g.writeEndArray();
            codes(g, "forms", tie.forms());
            codes(g, "purposes", tie.purposes());
            g.writeStringProperty("since", tie.since().map(Object::toString).orElse(null));
            g.writeArrayPropertyStart("cooperations");
            tie.cooperations().forEach(g::writeString);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("observedTies");
        for (ObservedTie tie : n.observedTies()) {
            g.writeStartObject();
            g.writeArrayPropertyStart("between");
            g.writeString(tie.first());
            g.writeString(tie.second());
            g.writeEndArray();
            counts(g, "firstToSecond", tie.firstToSecond());
            counts(g, "secondToFirst", tie.secondToFirst());
            g.writeEndObject();
        }
        g.writeEndArray();
        codes(g, "families", n.families());
        codes(g, "missingFamilies", n.missingFamilies());
        number(g, "density", n.density());
        number(g, "degreeCentralization", n.degreeCentralization());
        g.writeNumberProperty("components", n.components());
        g.writeArrayPropertyStart("isolates");
        n.isolates().forEach(g::writeString);
        g.writeEndArray();
        number(g, "formalisation", n.formalisation());
        codes(g, "purposes", n.purposes());
        number(g, "reciprocity", n.reciprocity());
        pairs(g, "declaredNotObserved", n.declaredNotObserved());
        pairs(g, "observedNotDeclared", n.observedNotDeclared());
        partners(g, "partners", n.partners());
        partners(g, "animators", n.animators());
        g.writeArrayPropertyStart("configurationEvidence");
        for (ConfigurationEvidence e : n.configurationEvidence()) {
            evidence(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void evidence(ConfigurationEvidence e, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("cooperation", e.cooperation());
        g.writeStringProperty("declared", e.declared().name());
        g.writeName("context");
        g.writePOJO(e.context().orElse(null));
        ConfigurationEvidence.Structure s = e.structure();
        g.writeObjectPropertyStart("structure");
        g.writeNumberProperty("operators", s.operators());
        g.writeNumberProperty("ties", s.ties());
        number(g, "density", s.density());
        number(g, "degreeCentralization", s.degreeCentralization());
        g.writeNumberProperty("maxDegree", s.maxDegree());
        number(g, "formalisation", s.formalisation());
        number(g, "tiesPredatingCooperation", s.tiesPredatingCooperation());
        number(g, "tiesObserved", s.tiesObserved());
        g.writeEndObject();
        g.writeObjectPropertyStart("signals");
        for (Configuration configuration : CEREQ) {
            g.writeObjectPropertyStart(configuration.name());
            for (ConfigurationEvidence.Signal signal : e.signalsOf(configuration)) {
                g.writeName(signal.name());
                if (signal.observed().isPresent()) {
                    g.writeBoolean(signal.observed().get());
                } else {
                    g.writeNull();
                }
            }
            number(g, "support", e.support(configuration));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void codes(JsonGenerator g, String name, List<? extends Enum<?>> codes) {
        g.writeArrayPropertyStart(name);
        codes.forEach(code -> g.writeString(code.name()));
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String name, Map<CooperationPurpose, Long> counts) {
        g.writeObjectPropertyStart(name);
        for (CooperationPurpose purpose : CooperationPurpose.values()) {
            g.writeNumberProperty(purpose.name(), counts.get(purpose));
        }
        g.writeEndObject();
    }

    private static void pairs(JsonGenerator g, String name, List<OperatorPair> pairs) {
        g.writeArrayPropertyStart(name);
        for (OperatorPair pair : pairs) {
            g.writeStartArray();
            g.writeString(pair.first());
            g.writeString(pair.second());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void partners(JsonGenerator g, String name, List<Partner> partners) {
        g.writeArrayPropertyStart(name);
        partners.forEach(g::writePOJO);
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, OptionalDouble value) {
        g.writeName(name);
        if (value.isPresent()) {
            g.writeNumber(value.getAsDouble());
        } else {
            g.writeNull();
        }
    }
}
