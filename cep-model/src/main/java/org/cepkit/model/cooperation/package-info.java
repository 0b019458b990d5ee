/** Operators cooperating on a territory, after the Céreq typology (Bref n° 383, 2019). */
@CepStyle
package org.cepkit.model.cooperation;

import org.cepkit.model.CepStyle;
