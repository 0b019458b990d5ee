/** A beneficiary's CEP pathway with one operator: the beneficiary at entry, services, referrals, action plan. */
@CepStyle
package org.cepkit.model.pathway;

import org.cepkit.model.CepStyle;
