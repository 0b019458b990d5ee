/** The {@code cep} command line: {@code validate}, {@code schema}, {@code rules}, {@code generate}. */
package org.cepkit.cli;
