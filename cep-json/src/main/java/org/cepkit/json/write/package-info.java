/** Internal to cep-json: the canonical writer behind {@link org.cepkit.json.CepJson}. Not an API. */
package org.cepkit.json.write;
