package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.network.CooperationNetworks;
import org.cepkit.analysis.network.NetworkReport;
import org.cepkit.analysis.network.NetworkSurvey;
import org.cepkit.analysis.network.TerritoryNetwork;
import org.cepkit.cli.analysis.NetworkCsv;
import org.cepkit.cli.analysis.NetworkHtml;
import org.cepkit.cli.analysis.NetworkJson;
import org.cepkit.cli.analysis.NetworkSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cep network}: the cooperation networks of each territory, from the valid records. */
@Command(name = "network", sortOptions = false)
final class NetworkCommand extends AnalysisCommand {

    private static final List<String> FORMATS = List.of("json", "csv", "svg", "html");

    @Option(names = "--territory", paramLabel = "CODE", descriptionKey = "territory")
    private String territory;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "network.format")
    private String format = "json";

    @Option(names = "--csv", paramLabel = "TABLE", descriptionKey = "csv")
    private String csv = "territories";

    @Override
    int analyse(Messages messages, PrintWriter err) throws IOException, UsageException {
        if (!FORMATS.contains(format)) {
            throw new UsageException(messages.get("error.format", format, String.join(", ", FORMATS)));
        }
        if (!csv.equals("territories") && !csv.equals("ties")) {
            throw new UsageException(messages.get("error.csv", csv));
        }
        RecordSource source = RecordSource.open(input, messages, err);
        NetworkSurvey survey = CooperationNetworks.builder().referential(source.referential()).build().survey();
        RecordSource.Outcome outcome = source.read(survey::add);
        survey.leaveOut(Exclusion.INVALID, outcome.invalid());
        NetworkReport report = survey.report();
        List<TerritoryNetwork> networks = report.networks();
        if (territory != null) {
            networks = networks.stream().filter(n -> n.territory().code().equals(territory)
                    || n.territory().key().equalsIgnoreCase(territory)).toList();
            if (networks.isEmpty()) {
                throw new UsageException(messages.get("error.territory", territory));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "csv" -> new NetworkCsv(NetworkCsv.Table.valueOf(csv.toUpperCase(Locale.ROOT)), separator.charAt(0),
                    bom).write(networks, out);
            case "svg" -> new NetworkSvg(messages).write(networks, out);
            case "html" -> new NetworkHtml(messages).write(report, networks, out);
            default -> new NetworkJson().write(report, networks, out);
        }
        out.flush();
        err.println(messages.get("summary.network", networks.size(), report.leftOut().count(Exclusion.INVALID)));
        err.flush();
        return outcome.unreadable() ? 2 : 0;
    }
}
