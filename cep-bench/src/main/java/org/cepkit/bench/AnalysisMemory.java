package org.cepkit.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.cepkit.analysis.indicators.Dimension;
import org.cepkit.analysis.indicators.Granularity;
import org.cepkit.analysis.indicators.IndicatorTable;
import org.cepkit.analysis.indicators.Indicators;
import org.cepkit.analysis.indicators.Tabulation;
import org.cepkit.analysis.network.CooperationNetworks;
import org.cepkit.analysis.network.NetworkReport;
import org.cepkit.analysis.network.NetworkSurvey;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;

/**
 * The memory of one analysis alone: every record of an NDJSON file read (no validation, so no id set of
 * {@code dataset.duplicate-id}) and fed to an {@link Indicators} tabulation or a {@link CooperationNetworks} survey;
 * then the heap in use after a full collection, before and after the table or the networks are made, and the
 * collectors' work. Run it with a small {@code -Xmx} to show what the memory grows with.
 *
 * <pre>
 * java -Xmx24m -cp cep-bench/target/cep-bench.jar org.cepkit.bench.AnalysisMemory data.ndjson indicators family,period year
 * java -Xmx64m -cp cep-bench/target/cep-bench.jar org.cepkit.bench.AnalysisMemory data.ndjson networks
 * </pre>
 */
public final class AnalysisMemory {

    private AnalysisMemory() {
    }

    public static void main(String[] args) throws IOException {
        boolean indicators = "indicators".equals(args[1]);
        Tabulation tabulation = indicators ? Indicators.builder().dimensions(Dimension.parseList(args[2]))
                .granularity(Granularity.fromKey(args[3]).orElseThrow()).build().tabulation() : null;
        NetworkSurvey survey = indicators ? null : CooperationNetworks.builder().build().survey();
        long[] records = {0};
        CepJson.create().read(JsonInput.file(Path.of(args[0])), result -> result.record().ifPresent(record -> {
            if (indicators) {
                tabulation.add(record);
            } else {
                survey.add(record);
            }
            records[0]++;
        }));
        long fed = usedAfterGc();
        String made;
        if (indicators) {
            IndicatorTable table = tabulation.table();
            made = tabulation.cellCount() + " interior cells, " + table.cells().size() + " published with the totals";
        } else {
            NetworkReport report = survey.report();
            made = report.networks().size() + " territory networks";
        }
        long withResult = usedAfterGc();
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += collector.getCollectionCount();
            gcMillis += collector.getCollectionTime();
        }
        System.out.printf("%s: %d records, %s%n", args[1], records[0], made);
        System.out.printf("heap used after a full GC: %.1f MiB with every record fed, %.1f MiB with the result;"
                + " max heap %.0f MiB%n", fed / 1048576.0, withResult / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        System.out.printf("collections %d, %d ms in all%n", gcCount, gcMillis);
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
