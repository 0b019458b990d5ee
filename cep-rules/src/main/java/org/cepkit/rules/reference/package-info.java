/** The references between records checked against the operator registry: {@code reference.*}. */
package org.cepkit.rules.reference;
