/**
 * Internal to cepkit: what cep-json (and the other cepkit modules) need of the validator beyond its API, exported
 * to them alone. Not an API; it may change in any release.
 */
package org.cepkit.rules.internal;
