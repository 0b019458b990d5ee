/**
 * The embedded INSEE <i>Code officiel géographique</i> (COG 2026) and the DGCL's EPCI à fiscalité propre:
 * which commune, département, région and EPCI codes exist, what they are called and how they nest.
 * {@link org.cepkit.rules.territory.Referential} is the entry point; a validator's {@code Profile} names the one its
 * territory rules read (the embedded COG 2026 by default).
 *
 * <pre>{@code
 * Referential cog = Referential.embedded();
 * cog.edition();                                  // "COG 2026"
 * cog.commune("2A004").map(CogCommune::name);     // Optional[Ajaccio]
 * cog.lookup("01039");                            // FORMER: Béon, now part of 01138 Culoz-Béon
 * }</pre>
 *
 * <p>Data: Code officiel géographique 2026, INSEE; EPCI, DGCL; via the npm package
 * {@code @etalab/decoupage-administratif} 6.0.0, under the Licence Ouverte / Open Licence Etalab 2.0.
 * {@code scripts/update-cog.sh} regenerates the resource.
 */
package org.cepkit.rules.territory;
