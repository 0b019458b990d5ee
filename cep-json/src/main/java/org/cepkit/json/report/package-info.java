/**
 * The two reports of a validation, as {@link org.cepkit.json.ReportSink}s that write them while records come:
 * {@link org.cepkit.json.report.JsonReportWriter}, the JSON report for programs, and
 * {@link org.cepkit.json.report.TextReportWriter}, the text report for people. The command line and the HTTP
 * service only choose one.
 */
package org.cepkit.json.report;
