package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples of README.md and the consumer project that runs them ({@code examples/consumer}): the same
 * lines, and, in the build, the consumer compiled and run on the class path. {@code scripts/check-consumer.sh}
 * builds the same project against the installed artifacts, on the module path and on the class path.
 */
class ReadmeConsumerTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path CONSUMER = Path.of("..", "examples", "consumer", "src", "main", "java", "org",
            "example", "consumer", "ReadmeExamples.java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyJavaExampleOfTheReadmeIsInTheConsumerAsWritten() throws IOException {
        List<String> consumer = Files.readAllLines(CONSUMER, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        List<List<String>> examples = examples();
        assertThat(examples).hasSize(8);
        for (List<String> example : examples) {
            List<String> imports = example.stream().filter(line -> line.startsWith("import ")).toList();
            List<String> code = example.stream().filter(line -> !line.startsWith("import ")).toList();
            assertThat(consumer).as("the imports of the example that begins %s", code.get(0)).containsAll(imports);
            assertThat(consumer).as("the example that begins %s, line for line", code.get(0))
                    .containsSequence(code);
        }
    }

    @Test
    void theConsumerCompilesAndEveryExampleDoesWhatTheReadmeSays() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null, List.of("--release", "17", "-Xlint:all", "-Werror",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(CONSUMER.toFile())).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();

        Path work = Files.createDirectories(dir.resolve("work"));
        Path output = dir.resolve("output.txt");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path"),
                "org.example.consumer.ReadmeExamples")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed).contains("every example does what the README says, on the class path");
        assertThat(work.resolve("report.json")).exists();
    }

    /** The Java blocks of the README, each as its non-blank lines without their indentation. */
    private static List<List<String>> examples() throws IOException {
        List<List<String>> examples = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (block.find()) {
            examples.add(block.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        return examples;
    }
}
