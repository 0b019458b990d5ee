package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.cepkit.model.CepRecord;
import org.cepkit.model.CodeValue;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EmploymentZoneCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.wire.ObjectBuilder;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.WireFormat;
import org.junit.jupiter.api.Test;

/**
 * A rule reads no value outside its {@link Rule#inputs()}: the validator gives a record with unreadable values
 * (placeholders) to every rule whose inputs it could read, so a rule reading more would see invented values. For
 * generated records, broken ones included, and every value a record holds outside a rule's inputs, changing that
 * value to another valid one never changes what the rule reports.
 */
class RuleInputsTest {

    /** Two valid codes of each code value type: one of them differs from any value a record holds. */
    private static final Map<Class<?>, List<String>> ALTERNATIVES = Map.of(
            CommuneCode.class, List.of("2A004", "75056"),
            RegionCode.class, List.of("94", "11"),
            DepartementCode.class, List.of("2B", "75"),
            EpciCode.class, List.of("200046977", "249740119"),
            EmploymentZoneCode.class, List.of("9401", "1101"),
            PostalCode.class, List.of("20000", "75001"),
            Siret.class, List.of("73282932000074", "35600000000048"),
            RomeCode.class, List.of("M1805", "K2111"),
            Formacode.class, List.of("21059", "31054"),
            CertificationCode.class, List.of("RNCP34436", "RS5432"));

    @Test
    void noRuleReadsAValueOutsideItsInputs() {
        AtomicLong checks = new AtomicLong();
        qt().withExamples(60).forAll(CepGenerators.datasets(), integers().between(0, 999))
                .checkAssert((dataset, n) -> {
                    OperatorRegistry registry = OperatorRegistry.of(dataset.operators());
                    List<CepRecord> records = new ArrayList<>(dataset.records());
                    for (Fixtures.Mutation mutation : Fixtures.Mutation.values()) {
                        dataset.pathways().stream().filter(mutation::isMeantFor).findFirst()
                                .ifPresent(pathway -> records.add(mutation.apply(pathway, n)));
                    }
                    for (CepRecord record : records) {
                        for (Rule<?> rule : BuiltInRules.all()) {
                            if (rule.recordType().isInstance(record) && !rule.inputs().contains("")) {
                                checks.addAndGet(check(rule, record, registry));
                            }
                        }
                    }
                });
        assertThat(checks.get()).isGreaterThan(100_000);
    }

    /** Every value of {@code record} outside the rule's inputs changed in turn; the number of changes tried. */
    private static long check(Rule<?> rule, CepRecord record, OperatorRegistry registry) {
        List<Issue> expected = issues(rule, record, registry);
        ObjectType type = WireFormat.of(record.getType());
        long tried = 0;
        for (String pointer : leaves(type, record, "")) {
            if (reads(rule.inputs(), pointer)) {
                continue;
            }
            CepRecord changed = (CepRecord) replace(type, record, pointer.substring(1).split("/"), 0);
            assertThat(issues(rule, changed, registry))
                    .as("%s with %s changed: it reads a value outside its inputs %s", rule, pointer, rule.inputs())
                    .isEqualTo(expected);
            tried++;
        }
        return tried;
    }

    @SuppressWarnings("unchecked")
    private static <T extends CepRecord> List<Issue> issues(Rule<T> rule, CepRecord record,
            OperatorRegistry registry) {
        RuleContext context = new RuleContext(Fixtures.profile().build(), Fixtures.TODAY, registry);
        rule.check((T) record, context);
        return context.issues();
    }

    /** The pointers of every scalar value the instance holds. */
    private static List<String> leaves(ObjectType type, Object instance, String path) {
        List<String> leaves = new ArrayList<>();
        for (Property property : type.properties()) {
            Object value = property.get(instance);
            String at = path + "/" + property.name();
            if (property.isList()) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    leaf(property, list.get(i), at + "/" + i, leaves);
                }
            } else if (!(value instanceof Optional<?> optional) || optional.isPresent()) {
                leaf(property, value instanceof Optional<?> optional ? optional.get() : value, at, leaves);
            }
        }
        return leaves;
    }

    private static void leaf(Property property, Object value, String at, List<String> leaves) {
        if (property.kind() == Property.Kind.OBJECT) {
            leaves.addAll(leaves(property.object(), value, at));
        } else {
            leaves.add(at);
        }
    }

    /** A copy of {@code instance} with the value at {@code tokens[i…]} changed to another valid one. */
    private static Object replace(ObjectType type, Object instance, String[] tokens, int i) {
        ObjectBuilder builder = type.newBuilder();
        for (Property property : type.properties()) {
            Object value = property.get(instance);
            if (property.name().equals(tokens[i])) {
                if (property.isList()) {
                    List<Object> list = new ArrayList<>((List<?>) value);
                    int index = Integer.parseInt(tokens[i + 1]);
                    list.set(index, i + 2 == tokens.length ? other(property, list.get(index))
                            : replace(property.object(), list.get(index), tokens, i + 2));
                    value = list;
                } else {
                    Object present = value instanceof Optional<?> optional ? optional.get() : value;
                    value = i + 1 == tokens.length ? other(property, present)
                            : replace(property.object(), present, tokens, i + 1);
                }
            }
            if (value instanceof Optional<?> optional) {
                optional.ifPresent(v -> builder.set(property, v));
            } else {
                builder.set(property, value);
            }
        }
        return builder.build();
    }

    /** Another valid value of the property's type. */
    private static Object other(Property property, Object value) {
        return switch (property.kind()) {
            case STRING -> "x" + value;
            case BOOLEAN -> !(Boolean) value;
            case DATE -> ((LocalDate) value).minusYears(3).minusDays(17);
            case CODE -> {
                Object[] constants = property.codeList().getEnumConstants();
                yield constants[(((Enum<?>) value).ordinal() + 1) % constants.length];
            }
            case VALUE -> {
                List<String> codes = ALTERNATIVES.get(property.elementType());
                String code = codes.get(0).equals(((CodeValue) value).value()) ? codes.get(1) : codes.get(0);
                yield property.valueType().orElseThrow().parse(code).orElseThrow();
            }
            case OBJECT -> throw new IllegalStateException("not a leaf: " + property);
        };
    }

    /** Whether {@code pointer} lies at, under or above one of the rule's inputs ({@code *}: any index). */
    private static boolean reads(List<String> inputs, String pointer) {
        String general = pointer.replaceAll("/\\d+(?=/|$)", "/*");
        return inputs.stream().anyMatch(input -> general.equals(input) || general.startsWith(input + "/")
                || input.startsWith(general + "/"));
    }

    @Test
    void theOnlyRuleOfTheWholeRecordIsTheModelsConstraints() {
        assertThat(BuiltInRules.all()).filteredOn(rule -> rule.inputs().contains(""))
                .extracting(rule -> rule.getClass().getSimpleName()).containsExactly("BeanValidation");
        assertThat(BuiltInRules.all()).allSatisfy(rule -> assertThat(rule.inputs()).isNotEmpty());
    }
}
