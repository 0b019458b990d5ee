package org.cepkit.model.wire;

import org.cepkit.model.CodeList;
import org.cepkit.model.CodeValue;

/**
 * A code list whose codes each name the value type of another property ({@link FormatFrom}): a
 * {@code TerritoryKind} names the type of a territory's code.
 */
public interface ValueTypeSelector extends CodeList {

    /** The value type this code stands for: {@code CommuneCode.class} for {@code COMMUNE}. */
    Class<? extends CodeValue> valueType();
}
