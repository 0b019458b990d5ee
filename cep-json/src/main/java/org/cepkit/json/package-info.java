/**
 * The v1 wire format: {@link org.cepkit.json.CepJson} reads, writes and validates records as JSON and NDJSON;
 * {@link org.cepkit.json.JsonInput}, {@link org.cepkit.json.InputLimits}, {@link org.cepkit.json.ReadMode} and
 * {@link org.cepkit.json.ReportSink} configure it; {@code schema} gives the published JSON Schema.
 */
package org.cepkit.json;
