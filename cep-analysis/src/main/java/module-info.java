/**
 * Analyses of valid CEP records: the common indicators under statistical disclosure control
 * ({@code org.cepkit.analysis.indicators}) and the cooperation networks of each territory
 * ({@code org.cepkit.analysis.network}, with JGraphT).
 */
module org.cepkit.analysis {
    requires transitive org.cepkit.rules;
    requires org.jgrapht.core;

    exports org.cepkit.analysis;
    exports org.cepkit.analysis.indicators;
    exports org.cepkit.analysis.network;
}
