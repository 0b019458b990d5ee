/** CEP operators: the organisations that deliver the CEP, their sites, families and identifiers. */
@CepStyle
package org.cepkit.model.operator;

import org.cepkit.model.CepStyle;
