/** The model's Jakarta constraints run by Hibernate Validator and reported as {@code format.*} rules. */
package org.cepkit.rules.format;
