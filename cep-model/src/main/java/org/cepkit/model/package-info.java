/**
 * The cepkit model: immutable CEP records ({@link org.cepkit.model.CepRecord}), code lists
 * ({@link org.cepkit.model.CodeList}) and validated code values ({@link org.cepkit.model.CodeValue}).
 */
package org.cepkit.model;
