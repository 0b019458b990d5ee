/**
 * The cepkit validator: {@link org.cepkit.rules.CepValidator} with its {@link org.cepkit.rules.Profile}, the
 * {@link org.cepkit.rules.RuleCatalogue}, and the {@link org.cepkit.rules.ValidationReport} of
 * {@link org.cepkit.rules.Issue}s. The rules live in packages named after the first part of their ids
 * ({@code pathway}, {@code operator}, {@code cooperation}, {@code territory}, {@code reference},
 * {@code privacy}); {@code format} maps the Jakarta constraints; {@code dataset.duplicate-id} is checked by
 * {@link org.cepkit.rules.DatasetValidation}.
 */
package org.cepkit.rules;
