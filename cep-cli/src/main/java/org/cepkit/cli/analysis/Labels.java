package org.cepkit.cli.analysis;

import java.util.Optional;
import org.cepkit.analysis.indicators.Cell;
import org.cepkit.analysis.network.TerritoryRef;
import org.cepkit.analysis.indicators.Dimension;
import org.cepkit.analysis.indicators.Measure;
import org.cepkit.cli.Messages;
import org.cepkit.model.CodeList;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.territory.CogDepartement;
import org.cepkit.rules.territory.CogRegion;
import org.cepkit.rules.territory.Referential;

/** The names people read for the dimensions, measures and values of an indicator table. */
final class Labels {

    private final Messages messages;
    private final Referential referential;

    Labels(Messages messages, Referential referential) {
        this.messages = messages;
        this.referential = referential;
    }

    String dimension(Dimension dimension) {
        return messages.get("dimension." + dimension.key());
    }

    String measure(Measure measure) {
        return messages.get("measure." + measure.key());
    }

    /** The label of a value: the code list's label, the COG name with its code, a band's wording. */
    String value(Dimension dimension, String value) {
        if (Cell.TOTAL.equals(value)) {
            return messages.get("html.total");
        }
        Optional<String> label = switch (dimension) {
            case FAMILY -> code(OperatorFamily.class, value);
            case SPECIFICATION -> code(Specification.class, value);
            case LEVEL -> code(ServiceLevel.class, value);
            case SEX -> code(Sex.class, value);
            case STATUS -> code(BeneficiaryStatus.class, value);
            case REGION -> referential.region(value).map(CogRegion::name).map(name -> name + " (" + value + ")");
            case DEPARTEMENT -> referential.departement(value).map(CogDepartement::name)
                    .map(name -> name + " (" + value + ")");
            case DISABILITY, EXECUTIVE -> keyed("value." + value);
            case MODE, QUALIFICATION, AGE_BAND -> keyed("value." + dimension.key() + "." + value);
            case OUTCOME -> Dimension.NO_OUTCOME.equals(value) ? keyed("value.outcome." + value)
                    : code(OutcomeSituation.class, value);
            case PERIOD -> Optional.of(value);
        };
        return label.or(() -> keyed("value." + value)).orElse(value);
    }

    /** The label of a code in the language of {@code messages}. */
    static String code(CodeList code, Messages messages) {
        return code.label(messages.locale());
    }

    /** A family's short name, for legends: "Mission locale", "Apec". */
    static String shortFamily(OperatorFamily family, Messages messages) {
        return messages.get("family.short." + family.name());
    }

    /** A territory as people name it: "Département 2A, Corse-du-Sud"; a local area by its name and code. */
    static String territory(TerritoryRef territory, Messages messages) {
        String kind = messages.get("kind." + territory.kind().name());
        if (territory.kind() == TerritoryKind.LOCAL_AREA) {
            return territory.name().map(name -> name + " (" + territory.code() + ")")
                    .orElse(kind + " " + territory.code());
        }
        return kind + " " + territory.code() + territory.name().map(name -> ", " + name).orElse("");
    }

    private Optional<String> keyed(String key) {
        return messages.has(key) ? Optional.of(messages.get(key)) : Optional.empty();
    }

    private <E extends Enum<E> & CodeList> Optional<String> code(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant.label(messages.locale()));
            }
        }
        return Optional.empty();
    }
}
