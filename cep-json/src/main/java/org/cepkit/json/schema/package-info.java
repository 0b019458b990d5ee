/** The published JSON Schemas, code lists and rule catalogue of wire format v1, as shipped in the jar. */
package org.cepkit.json.schema;
