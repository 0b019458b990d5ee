package org.cepkit.rules;

/** How serious an issue is. Only {@link #ERROR} makes a record invalid. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
