package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cep validate --format json} in a process of its own, where the report's held issues go to the standard
 * output as bytes ({@link StandardOutput}): the same report as the command line writing to a writer.
 */
class StandardOutputTest {

    @TempDir
    Path dir;

    @Test
    void theJsonReportOnTheProcessStandardOutputIsTheReportOfTheWriter() throws Exception {
        Path records = dir.resolve("records.ndjson");
        // beyond the report's 1 MiB held in memory, so that its issues go through a temporary file too
        Files.writeString(records, CommandLineTest.cep("generate", "--pathways", "10000", "--seed", "3",
                "--invalid-rate", "0.5", "--today", "2026-01-01").out(), StandardCharsets.UTF_8);
        CommandLineTest.Run inProcess = CommandLineTest.cep("validate", "--format", "json", "--today", "2026-01-01",
                records.toString());

        Path stdout = dir.resolve("stdout.json");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", "--format", "json", "--today", "2026-01-01", records.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(stdout.toFile()).start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).isEqualTo(inProcess.exit()).isEqualTo(1);
        assertThat(Files.size(stdout)).isGreaterThan(1 << 20);
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).isEqualTo(inProcess.out());
        assertThat(Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aStandardOutputClosedEarlyEndsTheReportQuietly() throws Exception {
        Path records = dir.resolve("records.ndjson");
        Files.writeString(records, CommandLineTest.cep("generate", "--pathways", "10000", "--seed", "3",
                "--invalid-rate", "0.5", "--today", "2026-01-01").out(), StandardCharsets.UTF_8);

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", "--format", "json", "--today", "2026-01-01", records.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        // as `| head -c 10` would: read the first bytes, then close the pipe
        byte[] first = run.getInputStream().readNBytes(10);
        run.getInputStream().close();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("{\"summary\"");
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8)).isEmpty();
    }
}
