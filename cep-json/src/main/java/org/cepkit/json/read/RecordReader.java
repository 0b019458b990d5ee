package org.cepkit.json.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cepkit.json.ReadMode;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.ImmutableContext;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.ImmutablePartner;
import org.cepkit.model.cooperation.ImmutableRelation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.ImmutableOperatorRef;
import org.cepkit.model.operator.ImmutableSite;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.ImmutableActionPlan;
import org.cepkit.model.pathway.ImmutableBeneficiary;
import org.cepkit.model.pathway.ImmutableGoal;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.ImmutableReferral;
import org.cepkit.model.pathway.ImmutableService;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.ImmutableTerritory;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;

/**
 * Maps a JSON record of wire format v1 (SPEC §2) to the model, judging every field in one pass. Field names,
 * codes and dates are read exactly as the wire format defines them; nothing is inferred.
 */
public final class RecordReader {

    /** {@code schemaVersion}: major 1, then up to two more numbers ({@code 1}, {@code 1.0}, {@code 1.2.3}). */
    public static final String SCHEMA_VERSION_REGEX = "^1(?:\\.\\d+){0,2}$";
    private static final Pattern SCHEMA_VERSION = Pattern.compile(SCHEMA_VERSION_REGEX);

    private static final Set<String> OPERATOR = fields("type", "id", "schemaVersion", "family", "name", "siret",
            "coverage", "sites", "activeFrom", "activeTo");
    private static final Set<String> SITE = fields("id", "name", "commune", "postalCode", "modes");
    private static final Set<String> OPERATOR_REF = fields("id", "family");
    private static final Set<String> PATHWAY = fields("type", "id", "schemaVersion", "operator", "beneficiary",
            "specification", "startDate", "endDate", "services", "referrals", "actionPlan");
    private static final Set<String> BENEFICIARY = fields("id", "birthDate", "sex", "status", "executive",
            "disabilityRecognition", "qualificationLevel", "residence", "employerSiret");
    private static final Set<String> SERVICE = fields("level", "date", "mode");
    private static final Set<String> REFERRAL = fields("to", "date", "purpose");
    private static final Set<String> ACTION_PLAN = fields("deliveredOn", "goals");
    private static final Set<String> GOAL = fields("kind", "rome", "formacode", "certification");
    private static final Set<String> COOPERATION = fields("type", "id", "schemaVersion", "territory", "operators",
            "partners", "configuration", "context", "relations", "startDate", "endDate");
    private static final Set<String> TERRITORY = fields("kind", "code", "name", "communes");
    private static final Set<String> PARTNER = fields("name", "kind");
    private static final Set<String> CONTEXT = fields("regionalEngagement", "priorProximity", "federatingIssue",
            "animator");
    private static final Set<String> RELATION = fields("between", "form", "purposes", "since");

    /** The field names of one object, in a hash set: every member of every object read is looked up. */
    private static Set<String> fields(String... names) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
    }

    private final CepValidator validator;
    private final ReadMode mode;

    public RecordReader(CepValidator validator, ReadMode mode) {
        this.validator = validator;
        this.mode = mode;
    }

    /**
     * What reading one record gave.
     *
     * @param aborted whether the reading of the rest of the document had to stop at this record
     */
    public record Outcome(Optional<RecordType> type, Optional<String> id, Optional<CepRecord> record,
            List<Issue> issues, boolean aborted) {

        public Outcome(Optional<RecordType> type, Optional<String> id, Optional<CepRecord> record, List<Issue> issues) {
            this(type, id, record, issues, false);
        }
    }

    /** Reads a record that the parser already turned into a tree. */
    Outcome read(JValue root) {
        Reading reading = new Reading(validator, mode);
        Optional<ObjectReader> object = ObjectReader.of(root, "", reading);
        if (object.isEmpty()) {
            return new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), reading.issues());
        }
        ObjectReader o = object.get();
        Optional<String> id = Optional.ofNullable(root.members.get("id"))
                .filter(v -> v.kind == JValue.Kind.STRING).map(v -> v.text);
        Optional<RecordType> type = o.string("type", true).flatMap(text -> {
            Optional<RecordType> known = RecordType.fromWireName(text);
            if (known.isEmpty()) {
                reading.wrongType("/type", "operator, pathway or cooperation");
            }
            return known;
        });
        if (type.isEmpty()) {
            return new Outcome(type, id, Optional.empty(), reading.issues());
        }
        o.string("schemaVersion", false).ifPresent(version -> {
            if (!SCHEMA_VERSION.matcher(version).matches()) {
                reading.report("format.schema-version", "/schemaVersion");
            }
        });
        Optional<? extends CepRecord> record = switch (type.get()) {
            case OPERATOR -> operator(o);
            case PATHWAY -> pathway(o);
            case COOPERATION -> cooperation(o);
        };
        return new Outcome(type, id, reading.incomplete() ? Optional.empty() : record.map(r -> r), reading.issues());
    }

    private static Optional<Operator> operator(ObjectReader o) {
        o.rejectUnknown(OPERATOR);
        ImmutableOperator.Builder b = ImmutableOperator.builder();
        o.string("id", true).ifPresent(b::id);
        o.code("family", OperatorFamily.class, true).ifPresent(b::family);
        o.string("name", true).ifPresent(b::name);
        o.value("siret", Siret.FORMAT, Siret::tryParse, "format.siret", false).ifPresent(b::siret);
        o.list("coverage", false, o.stringElement((text, at) ->
                o.value(text, RegionCode.FORMAT, RegionCode::tryParse, "format.region", at, false)))
                .ifPresent(b::addAllCoverage);
        o.list("sites", false, (value, at) -> site(value, at, o.reading())).ifPresent(b::addAllSites);
        o.date("activeFrom", false).ifPresent(b::activeFrom);
        o.date("activeTo", false).ifPresent(b::activeTo);
        return o.failed() ? Optional.empty() : Optional.of(b.build());
    }

    private static Optional<Site> site(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(SITE);
            ImmutableSite.Builder b = ImmutableSite.builder();
            o.string("id", true).ifPresent(b::id);
            o.string("name", false).ifPresent(b::name);
            o.value("commune", CommuneCode.FORMAT, CommuneCode::tryParse, "format.commune", true)
                    .ifPresent(b::commune);
            o.value("postalCode", PostalCode.FORMAT, PostalCode::tryParse, "format.postal-code", false)
                    .ifPresent(b::postalCode);
            o.list("modes", true, o.stringElement((text, at) -> o.code(text, DeliveryMode.class, at, false)))
                    .ifPresent(b::addAllModes);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<OperatorRef> operatorRef(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(OPERATOR_REF);
            ImmutableOperatorRef.Builder b = ImmutableOperatorRef.builder();
            o.string("id", true).ifPresent(b::id);
            o.code("family", OperatorFamily.class, true).ifPresent(b::family);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static <T> Optional<T> nested(ObjectReader parent, String name, boolean required, NestedReader<T> reader) {
        Optional<T> value = parent.object(name, required)
                .flatMap(v -> reader.read(v, parent.child(name), parent.reading()));
        if (value.isEmpty() && required) {
            parent.fail();
        }
        return value;
    }

    @FunctionalInterface
    private interface NestedReader<T> {
        Optional<T> read(JValue value, String path, Reading reading);
    }

    private static Optional<Pathway> pathway(ObjectReader o) {
        o.rejectUnknown(PATHWAY);
        ImmutablePathway.Builder b = ImmutablePathway.builder();
        o.string("id", true).ifPresent(b::id);
        nested(o, "operator", true, RecordReader::operatorRef).ifPresent(b::operator);
        nested(o, "beneficiary", true, RecordReader::beneficiary).ifPresent(b::beneficiary);
        o.code("specification", Specification.class, true).ifPresent(b::specification);
        o.date("startDate", true).ifPresent(b::startDate);
        o.date("endDate", false).ifPresent(b::endDate);
        o.list("services", true, (value, at) -> service(value, at, o.reading())).ifPresent(b::addAllServices);
        o.list("referrals", false, (value, at) -> referral(value, at, o.reading())).ifPresent(b::addAllReferrals);
        nested(o, "actionPlan", false, RecordReader::actionPlan).ifPresent(b::actionPlan);
        return o.failed() ? Optional.empty() : Optional.of(b.build());
    }

    private static Optional<Beneficiary> beneficiary(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(BENEFICIARY);
            ImmutableBeneficiary.Builder b = ImmutableBeneficiary.builder();
            o.string("id", true).ifPresent(b::id);
            o.date("birthDate", true).ifPresent(b::birthDate);
            o.code("sex", Sex.class, true).ifPresent(b::sex);
            o.code("status", BeneficiaryStatus.class, true).ifPresent(b::status);
            b.executive(o.bool("executive"));
            b.disabilityRecognition(o.bool("disabilityRecognition"));
            o.code("qualificationLevel", QualificationLevel.class, true).ifPresent(b::qualificationLevel);
            o.value("residence", CommuneCode.FORMAT, CommuneCode::tryParse, "format.commune", true)
                    .ifPresent(b::residence);
            o.value("employerSiret", Siret.FORMAT, Siret::tryParse, "format.siret", false)
                    .ifPresent(b::employerSiret);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<Service> service(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(SERVICE);
            ImmutableService.Builder b = ImmutableService.builder();
            o.code("level", ServiceLevel.class, true).ifPresent(b::level);
            o.date("date", true).ifPresent(b::date);
            o.code("mode", DeliveryMode.class, true).ifPresent(b::mode);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<Referral> referral(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(REFERRAL);
            ImmutableReferral.Builder b = ImmutableReferral.builder();
            nested(o, "to", true, RecordReader::operatorRef).ifPresent(b::to);
            o.date("date", true).ifPresent(b::date);
            o.code("purpose", CooperationPurpose.class, true).ifPresent(b::purpose);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<ActionPlan> actionPlan(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(ACTION_PLAN);
            ImmutableActionPlan.Builder b = ImmutableActionPlan.builder();
            o.date("deliveredOn", true).ifPresent(b::deliveredOn);
            o.list("goals", true, (v, at) -> goal(v, at, o.reading())).ifPresent(b::addAllGoals);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<Goal> goal(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(GOAL);
            ImmutableGoal.Builder b = ImmutableGoal.builder();
            o.code("kind", GoalKind.class, true).ifPresent(b::kind);
            o.value("rome", RomeCode.FORMAT, RomeCode::tryParse, "format.rome", false).ifPresent(b::rome);
            o.value("formacode", Formacode.FORMAT, Formacode::tryParse, "format.formacode", false)
                    .ifPresent(b::formacode);
            o.value("certification", CertificationCode.FORMAT, CertificationCode::tryParse, "format.certification",
                    false).ifPresent(b::certification);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<Cooperation> cooperation(ObjectReader o) {
        o.rejectUnknown(COOPERATION);
        ImmutableCooperation.Builder b = ImmutableCooperation.builder();
        o.string("id", true).ifPresent(b::id);
        nested(o, "territory", true, RecordReader::territory).ifPresent(b::territory);
        o.list("operators", true, (value, at) -> operatorRef(value, at, o.reading())).ifPresent(b::addAllOperators);
        o.list("partners", false, (value, at) -> partner(value, at, o.reading())).ifPresent(b::addAllPartners);
        o.code("configuration", Configuration.class, true).ifPresent(b::configuration);
        nested(o, "context", false, RecordReader::context).ifPresent(b::context);
        o.list("relations", false, (value, at) -> relation(value, at, o.reading())).ifPresent(b::addAllRelations);
        o.date("startDate", true).ifPresent(b::startDate);
        o.date("endDate", false).ifPresent(b::endDate);
        return o.failed() ? Optional.empty() : Optional.of(b.build());
    }

    private static Optional<Territory> territory(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(TERRITORY);
            ImmutableTerritory.Builder b = ImmutableTerritory.builder();
            Optional<TerritoryKind> kind = o.code("kind", TerritoryKind.class, true);
            kind.ifPresent(b::kind);
            o.string("code", true).ifPresent(b::code);
            o.string("name", false).ifPresent(b::name);
            boolean localArea = kind.orElse(null) == TerritoryKind.LOCAL_AREA;
            o.list("communes", localArea, o.stringElement((text, at) ->
                    o.value(text, CommuneCode.FORMAT, CommuneCode::tryParse, "format.commune", at, false)))
                    .ifPresent(b::addAllCommunes);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<Partner> partner(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(PARTNER);
            ImmutablePartner.Builder b = ImmutablePartner.builder();
            o.string("name", true).ifPresent(b::name);
            o.code("kind", PartnerKind.class, true).ifPresent(b::kind);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<Context> context(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(CONTEXT);
            ImmutableContext.Builder b = ImmutableContext.builder();
            o.code("regionalEngagement", RegionalEngagement.class, false).ifPresent(b::regionalEngagement);
            o.code("priorProximity", PriorProximity.class, false).ifPresent(b::priorProximity);
            o.string("federatingIssue", false).ifPresent(b::federatingIssue);
            nested(o, "animator", false, RecordReader::partner).ifPresent(b::animator);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }

    private static Optional<Relation> relation(JValue value, String path, Reading reading) {
        return ObjectReader.of(value, path, reading).flatMap(o -> {
            o.rejectUnknown(RELATION);
            ImmutableRelation.Builder b = ImmutableRelation.builder();
            o.list("between", true, o.stringElement((text, at) -> Optional.of(text))).ifPresent(b::addAllBetween);
            o.code("form", RelationForm.class, true).ifPresent(b::form);
            o.list("purposes", true, o.stringElement((text, at) -> o.code(text, CooperationPurpose.class, at, false)))
                    .ifPresent(b::addAllPurposes);
            o.date("since", false).ifPresent(b::since);
            return o.failed() ? Optional.empty() : Optional.of(b.build());
        });
    }
}
