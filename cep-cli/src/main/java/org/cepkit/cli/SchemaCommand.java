package org.cepkit.cli;

import java.io.PrintWriter;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cep schema [operator|pathway|cooperation]}: prints the published JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand extends LocalizedCommand {

    /** The record types, by their wire names. */
    enum Type {
        operator, pathway, cooperation
    }

    @Parameters(arity = "0..1", paramLabel = "TYPE", descriptionKey = "schema.type")
    private Type type;

    @Override
    int run(Messages messages, PrintWriter err) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(type == null ? CepSchemas.bundledSchema()
                : CepSchemas.schema(RecordType.fromWireName(type.name()).orElseThrow()));
        out.flush();
        return 0;
    }
}
