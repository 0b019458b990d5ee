/**
 * The cepkit validator: {@link org.cepkit.rules.CepValidator} with its {@link org.cepkit.rules.Profile}, the
 * {@link org.cepkit.rules.RuleCatalogue}, and the {@link org.cepkit.rules.ValidationReport} of
 * {@link org.cepkit.rules.Issue}s. The rules live in packages named after the first part of their ids
 * ({@code pathway}, {@code operator}, {@code cooperation}, {@code territory}, {@code reference},
 * {@code privacy}, none of them exported); {@code format} maps the Jakarta constraints; the dataset rules
 * ({@code dataset.duplicate-id}) are checked across the records of one validation, by cepkit's internal
 * {@code org.cepkit.rules.internal} package.
 */
package org.cepkit.rules;
