/** The privacy rules: {@code privacy.identifier}. */
package org.cepkit.rules.privacy;
