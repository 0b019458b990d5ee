/**
 * The cepkit validation service: {@link org.cepkit.server.CepServer}, an HTTP service on Javalin and Jetty that
 * validates CEP records through the same {@code CepJson} as the command line and answers its JSON report, and
 * serves the rule catalogue, the code lists, the schemas, an OpenAPI description and a page for people.
 */
package org.cepkit.server;
