/** The rules on cooperations, after the Céreq typology: {@code cooperation.*}. */
package org.cepkit.rules.cooperation;
