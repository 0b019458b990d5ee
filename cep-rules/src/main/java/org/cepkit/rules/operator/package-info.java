/** The rules on operators: {@code operator.*}. */
package org.cepkit.rules.operator;
