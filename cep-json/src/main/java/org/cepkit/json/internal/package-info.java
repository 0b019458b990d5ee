/** Internal to cep-json: the reader behind {@link org.cepkit.json.CepJson}. Not an API; it may change in any release. */
package org.cepkit.json.internal;
