package org.cepkit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cepkit.json.CepJson;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;

/**
 * What reading (or reading and validating) one pathway line costs once warm, on one thread, steadier on this
 * machine than JMH: the pathway lines of an NDJSON file are held in memory and read ({@code read}: the JSON format,
 * the code lists, the model) or validated ({@code validate}: every record rule too) by {@link CepJson} round after
 * round; each round's time a line is printed, then the fastest and the median of the rounds after the fourth. Run
 * two builds in turn, several times, and compare the fastest rounds.
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmn128m -cp cep-bench/target/cep-bench.jar org.cepkit.bench.LineLoop data.ndjson read 12
 * </pre>
 */
public final class LineLoop {

    private static final int WARM_UP_ROUNDS = 4;

    private LineLoop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[1].equals("read") || args[1].equals("validate"))) {
            System.err.println("usage: LineLoop FILE read|validate ROUNDS");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("{\"type\":\"pathway\"")) {
                    lines.add(line);
                }
            }
        }
        boolean validate = args[1].equals("validate");
        int rounds = Integer.parseInt(args[2]);
        CepJson json = CepJson.builder()
                .validator(CepValidator.create(Profile.builder().referenceDate(LocalDate.of(2026, 1, 1)).build()))
                .build();
        double[] perLine = new double[rounds];
        long issues = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (String line : lines) {
                issues += (validate ? json.validate(line) : json.read(line)).issues().size();
            }
            perLine[round] = (System.nanoTime() - start) / 1000.0 / lines.size();
            System.out.printf("round %d: %.3f µs a line%n", round + 1, perLine[round]);
        }
        if (rounds > WARM_UP_ROUNDS) {
            double[] warm = Arrays.copyOfRange(perLine, WARM_UP_ROUNDS, rounds);
            Arrays.sort(warm);
            System.out.printf("%s, %,d lines, rounds %d to %d: fastest %.3f µs a line, median %.3f (issues %,d)%n",
                    args[1], lines.size(), WARM_UP_ROUNDS + 1, rounds, warm[0], warm[warm.length / 2], issues);
        }
    }
}
