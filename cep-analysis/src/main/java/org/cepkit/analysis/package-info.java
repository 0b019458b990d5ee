/**
 * Analyses of CEP records: {@link org.cepkit.analysis.indicators.Indicators}, the common indicators with
 * statistical disclosure control, and {@link org.cepkit.analysis.network.CooperationNetworks}, the cooperation
 * networks of each territory. Both are fed records one at a time, as a stream, and are told which records the
 * caller left out and why ({@link org.cepkit.analysis.LeftOut}): an analysis is only as good as the records it
 * counts, so the records with an ERROR are left out by the caller and counted, never silently dropped.
 */
package org.cepkit.analysis;
