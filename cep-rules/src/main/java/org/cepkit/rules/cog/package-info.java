/**
 * The rules that check territory codes against the referential ({@code territory.unknown},
 * {@code territory.not-current}, {@code territory.inconsistent}, {@code territory.postal-code}). Not exported: the
 * referential itself is {@code org.cepkit.rules.territory}.
 */
package org.cepkit.rules.cog;
