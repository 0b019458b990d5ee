package org.cepkit.json.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.json.tables.TableInfo;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;

/**
 * The report for people, written as the records come: the issues grouped by input and record, then one summary
 * line, in French or English. The same input gives the same text.
 *
 * <pre>{@code
 * examples/demo.ndjson
 *   ligne 21  pw-013
 *     ERROR   mission-locale.age                 /beneficiary/birthDate
 *             Une Mission locale accompagne les jeunes de 16 à 25 ans révolus …
 *
 * 31 enregistrements : 22 valides, 9 invalides ; 12 erreurs, 7 avertissements, 2 informations
 * }</pre>
 */
public final class TextReportWriter implements ReportSink {

    private static final String RESET = "\033[0m";

    private final PrintWriter out;
    private final boolean english;
    private final Locale numbers;
    private final boolean colors;
    private String currentInput;
    private final List<String> tableLines = new ArrayList<>();

    private TextReportWriter(PrintWriter out, Locale locale, boolean colors) {
        this.out = Objects.requireNonNull(out, "out");
        this.english = locale != null && "en".equals(locale.getLanguage());
        this.numbers = english ? Locale.ENGLISH : Locale.FRENCH;
        this.colors = colors;
    }

    /**
     * A report in the language of {@code locale} (French unless it is English), written to {@code out}, which is
     * flushed at the end; {@code colors} for ANSI colours on a terminal.
     */
    public static TextReportWriter to(PrintWriter out, Locale locale, boolean colors) {
        return new TextReportWriter(out, locale, colors);
    }

    @Override
    public void record(RecordResult result) {
        if (result.issues().isEmpty()) {
            return;
        }
        if (!Objects.equals(currentInput, result.input())) {
            currentInput = result.input();
            out.println(bold(currentInput.equals("-") ? (english ? "standard input" : "entrée standard")
                    : currentInput));
        }
        String record = result.reportedId().orElse("?");
        out.println("  " + (english ? "line " : "ligne ") + result.line() + "  " + record);
        for (Issue issue : result.issues()) {
            // the JSON Pointer as Issue.path() gives it: "" for the record as a whole ("/" would name a member "")
            out.printf(Locale.ROOT, "    %s %-34s %s%n", color(issue.severity()), issue.rule(),
                    issue.path().isEmpty() ? "\"\"" : issue.path());
            if (issue.column().isPresent()
                    || issue.file().isPresent() && !issue.file().get().equals(result.input())) {
                out.println("            " + cell(issue));
            }
            out.println("            " + issue.message());
        }
    }

    /** Where an issue found in tables is: its file, row and column. */
    private String cell(Issue issue) {
        StringBuilder s = new StringBuilder(issue.file().orElse(""));
        if (issue.line() > 0) {
            s.append(english ? ", row " : ", ligne ").append(issue.line());
        }
        issue.column().ifPresent(column -> s.append(english ? ", column " : ", colonne ").append(column));
        return s.toString();
    }

    @Override
    public void table(TableInfo table) {
        StringBuilder s = new StringBuilder(table.file()).append(": ");
        s.append(english ? "table " : "table ").append(table.table()).append(", ");
        s.append(String.format(numbers, "%,d", table.rows())).append(english ? " rows" : " lignes");
        table.encoding().ifPresent(encoding -> s.append(english ? ", encoding " : ", encodage ").append(encoding));
        table.separator().ifPresent(separator -> s.append(english ? ", separator " : ", séparateur ")
                .append("\t".equals(separator) ? (english ? "tab" : "tabulation") : separator));
        if (table.sorted()) {
            s.append(english ? ", sorted (not in the order of its records)"
                    : ", triée (pas dans l'ordre de ses enregistrements)");
        }
        tableLines.add(s.toString());
    }

    @Override
    public void finish(ValidationReport summary) {
        if (currentInput != null) {
            out.println();
        }
        for (String line : tableLines) {
            out.println(line);
        }
        if (english) {
            out.println(count(summary.records(), "record", "records") + ": " + count(summary.valid(), "valid", "valid")
                    + ", " + count(summary.invalid(), "invalid", "invalid") + "; "
                    + count(summary.errors(), "error", "errors") + ", " + count(summary.warnings(), "warning", "warnings")
                    + ", " + count(summary.infos(), "info", "infos"));
            if (!summary.rulesNotApplied().isEmpty()) {
                out.println("Not applied (no operator registry): " + String.join(", ", summary.rulesNotApplied()));
            }
        } else {
            out.println(count(summary.records(), "enregistrement", "enregistrements") + " : "
                    + count(summary.valid(), "valide", "valides") + ", " + count(summary.invalid(), "invalide", "invalides")
                    + " ; " + count(summary.errors(), "erreur", "erreurs") + ", "
                    + count(summary.warnings(), "avertissement", "avertissements") + ", "
                    + count(summary.infos(), "information", "informations"));
            if (!summary.rulesNotApplied().isEmpty()) {
                out.println("Non appliquées (aucun registre d'opérateurs) : "
                        + String.join(", ", summary.rulesNotApplied()));
            }
        }
        out.flush();
    }

    /**
     * A count with its noun: French takes the singular for 0 and 1 ("0 erreur", "1 enregistrement") and groups
     * thousands with a narrow no-break space ("1 083"), English takes it for 1 only and groups with a comma.
     */
    private String count(long n, String singular, String plural) {
        boolean one = english ? n == 1 : n <= 1;
        return String.format(numbers, "%,d", n) + " " + (one ? singular : plural);
    }

    private String color(Severity severity) {
        String text = String.format(Locale.ROOT, "%-7s", severity);
        if (!colors) {
            return text;
        }
        String code = switch (severity) {
            case ERROR -> "\033[31m";
            case WARNING -> "\033[33m";
            case INFO -> "\033[36m";
        };
        return code + text + RESET;
    }

    private String bold(String text) {
        return colors ? "\033[1m" + text + RESET : text;
    }
}
