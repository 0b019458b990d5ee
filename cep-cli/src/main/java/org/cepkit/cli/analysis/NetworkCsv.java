package org.cepkit.cli.analysis;

import java.io.IOException;
import java.io.Writer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cepkit.analysis.network.ConfigurationEvidence;
import org.cepkit.analysis.network.DeclaredTie;
import org.cepkit.analysis.network.NetworkOperator;
import org.cepkit.analysis.network.ObservedTie;
import org.cepkit.analysis.network.OperatorPair;
import org.cepkit.analysis.network.TerritoryNetwork;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.Partner;

/**
 * The networks as CSV, in one of two tables: one row per territory with its measures, or one row per tie
 * (declared, observed or both) with its forms, purposes and referral counts each way. Lists of codes in one cell
 * are separated by {@code |}; an undefined measure is empty. Names come from the input: every field goes through
 * {@link Csv#field}, so that none becomes a spreadsheet formula.
 *
 * <pre>{@code
 * new NetworkCsv(NetworkCsv.Table.TIES, ',', false).write(networks, writer);
 * }</pre>
 */
public final class NetworkCsv {

    /** Which table to write. */
    public enum Table {
        TERRITORIES, TIES
    }

    private static final List<String> TERRITORY_COLUMNS = List.of("kind", "code", "name", "operators", "present",
            "families", "missingFamilies", "density", "degreeCentralization", "components", "isolates",
            "formalisation", "purposes", "reciprocity", "declaredTies", "observedTies", "declaredNotObserved",
            "observedNotDeclared", "partners", "animators", "cooperations");

    private final Table table;
    private final char separator;
    private final boolean bom;
    private final DecimalFormat decimal;

    public NetworkCsv(Table table, char separator, boolean bom) {
        this.table = table;
        this.separator = separator;
        this.bom = bom;
        this.decimal = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(separator == ';' ? Locale.FRENCH
                : Locale.ROOT));
    }

    public void write(List<TerritoryNetwork> networks, Writer out) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        if (table == Table.TERRITORIES) {
            Csv.row(TERRITORY_COLUMNS, separator, out);
            for (TerritoryNetwork n : networks) {
                Csv.row(List.of(n.territory().kind().name(), n.territory().code(), n.territory().name().orElse(""),
                        Integer.toString(n.operators().size()),
                        Long.toString(n.operators().stream().filter(NetworkOperator::present).count()),
                        codes(n.families()), codes(n.missingFamilies()), number(n.density()),
                        number(n.degreeCentralization()), Integer.toString(n.components()),
                        Integer.toString(n.isolates().size()), number(n.formalisation()), codes(n.purposes()),
                        number(n.reciprocity()), Integer.toString(n.declaredTies().size()),
                        Integer.toString(n.observedTies().size()), Integer.toString(n.declaredNotObserved().size()),
                        Integer.toString(n.observedNotDeclared().size()), names(n.partners()), names(n.animators()),
                        n.configurationEvidence().stream().map(ConfigurationEvidence::cooperation)
                                .collect(Collectors.joining("|"))), separator, out);
            }
        } else {
            List<String> header = new ArrayList<>(List.of("kind", "code", "first", "second", "declared", "forms",
                    "purposes", "since", "cooperations", "observed"));
            for (CooperationPurpose purpose : CooperationPurpose.values()) {
                header.add("firstToSecond." + purpose.name());
            }
            for (CooperationPurpose purpose : CooperationPurpose.values()) {
                header.add("secondToFirst." + purpose.name());
            }
            Csv.row(header, separator, out);
            for (TerritoryNetwork n : networks) {
                ties(n, out);
            }
        }
        out.flush();
    }

    private void ties(TerritoryNetwork n, Writer out) throws IOException {
        Map<OperatorPair, DeclaredTie> declared = new HashMap<>();
        n.declaredTies().forEach(t -> declared.put(new OperatorPair(t.first(), t.second()), t));
        Map<OperatorPair, ObservedTie> observed = new HashMap<>();
        n.observedTies().forEach(t -> observed.put(new OperatorPair(t.first(), t.second()), t));
        TreeSet<OperatorPair> pairs = new TreeSet<>(declared.keySet());
        pairs.addAll(observed.keySet());
        for (OperatorPair pair : pairs) {
            DeclaredTie d = declared.get(pair);
            ObservedTie o = observed.get(pair);
            List<String> fields = new ArrayList<>(List.of(n.territory().kind().name(), n.territory().code(),
                    pair.first(), pair.second(), Boolean.toString(d != null), d == null ? "" : codes(d.forms()),
                    d == null ? "" : codes(d.purposes()), d == null ? "" : d.since().map(Object::toString).orElse(""),
                    d == null ? "" : String.join("|", d.cooperations()), Boolean.toString(o != null)));
            for (CooperationPurpose purpose : CooperationPurpose.values()) {
                fields.add(o == null ? "0" : Long.toString(o.firstToSecond().get(purpose)));
            }
            for (CooperationPurpose purpose : CooperationPurpose.values()) {
                fields.add(o == null ? "0" : Long.toString(o.secondToFirst().get(purpose)));
            }
            Csv.row(fields, separator, out);
        }
    }

    private String number(OptionalDouble value) {
        return value.isPresent() ? decimal.format(value.getAsDouble()) : "";
    }

    private static String codes(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    private static String names(List<Partner> partners) {
        return partners.stream().map(Partner::getName).collect(Collectors.joining("|"));
    }
}
