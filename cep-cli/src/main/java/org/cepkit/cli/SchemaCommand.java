package org.cepkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cep schema [operator|pathway|cooperation]}: prints the published JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of one record type, or, when no type is given, the"
                + " self-contained schema of any record (the three record schemas embedded).",
        footer = {"", "Examples:", "  cep schema", "  cep schema pathway > pathway.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    /** The record types, by their wire names. */
    enum Type {
        operator, pathway, cooperation
    }

    @Parameters(arity = "0..1", paramLabel = "TYPE", description = "operator, pathway or cooperation")
    private Type type;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(type == null ? CepSchemas.bundledSchema()
                : CepSchemas.schema(RecordType.fromWireName(type.name()).orElseThrow()));
        out.flush();
        return 0;
    }
}
