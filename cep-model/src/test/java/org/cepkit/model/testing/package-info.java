/**
 * Test support shared by every cepkit module through the {@code cep-model} test-jar: QuickTheories generators of
 * valid records ({@link org.cepkit.model.testing.CepGenerators}), hand-written valid examples
 * ({@link org.cepkit.model.testing.CepExamples}) and a Bean Validation helper
 * ({@link org.cepkit.model.testing.BeanValidation}).
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.cepkit</groupId>
 *   <artifactId>cep-model</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * The test-jar brings no dependency of its own: the module that uses it also needs QuickTheories and, for
 * {@code BeanValidation}, Hibernate Validator on its test class path.
 */
package org.cepkit.model.testing;
