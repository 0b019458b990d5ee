/**
 * The engine of {@code cep generate}: {@link org.cepkit.cli.generate.DatasetGenerator} writes realistic
 * synthetic CEP datasets as NDJSON, deterministically for a seed, with known violations injected on demand and
 * counted in a {@link org.cepkit.cli.generate.GenerationSummary}.
 */
package org.cepkit.cli.generate;
