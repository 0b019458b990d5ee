/**
 * Internal to cep-json: the pipeline, reader and writer behind {@link org.cepkit.json.CepJson}, and the schema
 * generator. Not an API; it may change in any release.
 */
package org.cepkit.json.internal;
