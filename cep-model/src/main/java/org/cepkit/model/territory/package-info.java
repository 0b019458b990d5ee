/** Territories and the INSEE codes that name them (COG): communes, départements, régions, EPCI, zones d'emploi. */
@CepStyle
package org.cepkit.model.territory;

import org.cepkit.model.CepStyle;
