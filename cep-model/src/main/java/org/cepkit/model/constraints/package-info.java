/**
 * Jakarta Validation constraints for the CEP formats, usable on any bean: {@code @Commune}, {@code @Siret},
 * {@code @RecordIdentifier}, {@code @TextLength}… Their messages are in French and English
 * ({@code ContributorValidationMessages}); cepkit reports each under its {@code format.*} rule.
 */
package org.cepkit.model.constraints;
