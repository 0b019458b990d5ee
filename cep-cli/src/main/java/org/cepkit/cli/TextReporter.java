package org.cepkit.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.cepkit.json.RecordResult;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;

/** The report for people: issues grouped by file and record, then one summary line. */
final class TextReporter implements Reporter {

    private static final String RESET = "\033[0m";

    private final PrintWriter out;
    private final Language lang;
    private final boolean colors;
    private String currentFile;

    TextReporter(PrintWriter out, Language lang, boolean colors) {
        this.out = out;
        this.lang = lang;
        this.colors = colors;
    }

    @Override
    public void record(RecordResult result) {
        if (result.issues().isEmpty()) {
            return;
        }
        if (!Objects.equals(currentFile, result.input())) {
            currentFile = result.input();
            out.println(bold(currentFile.equals("-") ? (lang == Language.en ? "standard input" : "entrée standard")
                    : currentFile));
        }
        String record = result.reportedId().orElse("?");
        out.println("  " + (lang == Language.en ? "line " : "ligne ") + result.line() + "  " + record);
        for (Issue issue : result.issues()) {
            out.printf("    %s %-34s %s%n", color(issue.severity()), issue.rule(),
                    issue.path().isEmpty() ? "/" : issue.path());
            out.println("            " + issue.message());
        }
    }

    @Override
    public void finish(ValidationReport report) {
        if (currentFile != null) {
            out.println();
        }
        if (lang == Language.en) {
            out.printf("%,d records: %,d valid, %,d invalid; %,d errors, %,d warnings, %,d infos%n", report.records(),
                    report.valid(), report.invalid(), report.errors(), report.warnings(), report.infos());
            if (!report.rulesNotApplied().isEmpty()) {
                out.println("Not applied (no operator registry): " + String.join(", ", report.rulesNotApplied()));
            }
        } else {
            out.printf("%,d enregistrements : %,d valides, %,d invalides ; %,d erreurs, %,d avertissements,"
                    + " %,d informations%n", report.records(), report.valid(), report.invalid(), report.errors(),
                    report.warnings(), report.infos());
            if (!report.rulesNotApplied().isEmpty()) {
                out.println("Non appliquées (aucun registre d'opérateurs) : "
                        + String.join(", ", report.rulesNotApplied()));
            }
        }
    }

    private String color(Severity severity) {
        String text = String.format("%-7s", severity);
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
