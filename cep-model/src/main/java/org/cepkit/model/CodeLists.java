package org.cepkit.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Lookups over the code-list enums, aliases included; each list is indexed once, on first use. */
public final class CodeLists {

    /** Per code-list enum: every code and alias to its constant. */
    private static final ClassValue<CodeIndex> BY_CODE = new ClassValue<>() {
        @Override
        protected CodeIndex computeValue(Class<?> type) {
            Map<String, Object> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                CodeList code = (CodeList) constant;
                map.put(code.code(), constant);
                code.aliases().forEach(alias -> map.putIfAbsent(alias, constant));
            }
            return new CodeIndex(map); // looked up for every code read
        }
    };

    private CodeLists() {
    }

    /**
     * The constant whose code or alias is {@code code}, or empty.
     *
     * <pre>{@code CodeLists.fromCode(OperatorFamily.class, "POLE_EMPLOI");  // Optional[FRANCE_TRAVAIL]}</pre>
     */
    public static <E extends Enum<E> & CodeList> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }

    /**
     * The look-up of {@link #fromCode} for one code list, to keep where that list is looked up often (a reader
     * of its property): {@code finder(type).apply(code)} is {@code fromCode(type, code)}.
     */
    public static <E extends Enum<E> & CodeList> Function<String, Optional<E>> finder(Class<E> type) {
        CodeIndex index = BY_CODE.get(type);
        return code -> code == null ? Optional.empty() : Optional.ofNullable(type.cast(index.get(code)));
    }

    /** Whether {@code code} is a deprecated alias of a constant of {@code type} rather than a current code. */
    public static <E extends Enum<E> & CodeList> boolean isAlias(Class<E> type, String code) {
        if (code == null) {
            return false;
        }
        Object constant = BY_CODE.get(type).get(code);
        return constant != null && !((CodeList) constant).code().equals(code);
    }

    /**
     * Every code list of the model, sorted by simple name: those of the records' properties, and
     * {@link org.cepkit.model.operator.CorePublic}, which {@link org.cepkit.model.operator.OperatorFamily} names.
     * The published {@code code-lists.json} lists these.
     */
    public static List<Class<? extends CodeList>> all() {
        return ALL;
    }

    private static final List<Class<? extends CodeList>> ALL = List.of(
            org.cepkit.model.pathway.BeneficiaryStatus.class,
            org.cepkit.model.cooperation.Configuration.class,
            org.cepkit.model.cooperation.CooperationPurpose.class,
            org.cepkit.model.operator.CorePublic.class,
            org.cepkit.model.operator.DeliveryMode.class,
            org.cepkit.model.pathway.GoalKind.class,
            org.cepkit.model.operator.OperatorFamily.class,
            org.cepkit.model.pathway.OutcomeSituation.class,
            org.cepkit.model.cooperation.PartnerKind.class,
            org.cepkit.model.cooperation.PriorProximity.class,
            org.cepkit.model.pathway.QualificationLevel.class,
            org.cepkit.model.cooperation.RegionalEngagement.class,
            org.cepkit.model.cooperation.RelationForm.class,
            org.cepkit.model.pathway.ServiceLevel.class,
            org.cepkit.model.pathway.Sex.class,
            org.cepkit.model.pathway.Specification.class,
            org.cepkit.model.territory.TerritoryKind.class);

    /** The current codes of {@code type}, in declaration order (aliases excluded). */
    public static <E extends Enum<E> & CodeList> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodeList::code).toList();
    }
}
