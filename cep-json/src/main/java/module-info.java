/**
 * The cepkit wire format v1 in JSON: {@code CepJson} (reading, writing, validating files and streams), the report
 * writers, the published JSON Schema and the Jackson module; and the same records as tables (CSV, XLSX, a Data
 * Package), read with Apache Commons CSV and FastExcel.
 */
module org.cepkit.json {
    requires transitive org.cepkit.rules;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires org.apache.commons.csv;
    requires org.dhatim.fastexcel.reader;
    // at compile time only: the annotation types that Commons CSV's classes carry (see the pom)
    requires static com.github.spotbugs.annotations;

    exports org.cepkit.json;
    exports org.cepkit.json.jackson;
    exports org.cepkit.json.report;
    exports org.cepkit.json.schema;
    exports org.cepkit.json.tables;
}
