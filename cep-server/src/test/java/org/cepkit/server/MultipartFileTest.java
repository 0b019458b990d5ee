package org.cepkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MultipartFileTest {

    private static final String BOUNDARY = "----cepkitBoundary7MA4YWxkTrZu0gW";

    /** Bytes drawn from those that make a delimiter, so that near-misses of it are common. */
    private static final Gen<byte[]> CONTENT = arrays().ofIntegers(integers().between(0, 9)).withLengthBetween(0, 400)
            .map(codes -> {
                byte[] alphabet = ("\r\n-" + BOUNDARY.substring(0, 4) + "x").getBytes(StandardCharsets.US_ASCII);
                byte[] bytes = new byte[codes.length];
                for (int i = 0; i < codes.length; i++) {
                    bytes[i] = alphabet[codes[i] % alphabet.length];
                }
                return bytes;
            });

    static byte[] form(String preamble, byte[] before, byte[] file, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(preamble.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(before);
        out.writeBytes(("\r\n--" + BOUNDARY + "  \r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\nepilogue").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A stream that hands out at most {@code chunk} bytes a read, as a network does. */
    static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void theFilePartComesOutWholeWhateverItHoldsAndHoweverItArrives() {
        qt().withExamples(2_000).forAll(CONTENT, CONTENT, integers().between(1, 97)).checkAssert((before, file, chunk) -> {
            try {
                MultipartFile.Part part = MultipartFile.find(trickle(form("", before, file, "a.ndjson"), chunk),
                        BOUNDARY, "file");
                assertThat(part.content().readAllBytes()).isEqualTo(file);
                assertThat(part.fileName()).hasValue("a.ndjson");
                assertThat(part.contentType()).hasValue("application/octet-stream");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aPreambleIsSkipped() throws IOException {
        byte[] body = form("This is a preamble.\r\n", new byte[0], "{}".getBytes(StandardCharsets.UTF_8), "x.json");

        assertThat(MultipartFile.find(new ByteArrayInputStream(body), BOUNDARY, "file").content().readAllBytes())
                .isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFormWithoutTheFieldOrCutShortIsMalformed() {
        byte[] body = form("", new byte[0], "{}".getBytes(StandardCharsets.UTF_8), "x.json");
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 20);

        assertThatThrownBy(() -> MultipartFile.find(new ByteArrayInputStream(body), BOUNDARY, "other"))
                .isInstanceOf(MultipartFile.Malformed.class);
        assertThatThrownBy(() -> MultipartFile.find(new ByteArrayInputStream(cut), BOUNDARY, "file").content()
                .readAllBytes()).isInstanceOf(MultipartFile.Malformed.class);
        assertThatThrownBy(() -> MultipartFile.find(new ByteArrayInputStream(new byte[0]), BOUNDARY, "file"))
                .isInstanceOf(MultipartFile.Malformed.class);
    }

    @Test
    void headerParametersAreReadQuotedOrNot() {
        String disposition = "form-data; name=\"file\"; filename=\"a \\\"b\\\"; c.ndjson\"";

        assertThat(MultipartFile.parameter(disposition, "name")).hasValue("file");
        assertThat(MultipartFile.parameter(disposition, "filename")).hasValue("a \"b\"; c.ndjson");
        assertThat(MultipartFile.parameter("multipart/form-data; boundary=abc", "boundary")).hasValue("abc");
        assertThat(MultipartFile.parameter("form-data", "name")).isEmpty();
        assertThat(MultipartFile.boundary("multipart/form-data")).isEmpty();
        assertThat(MultipartFile.boundary("multipart/form-data; boundary=" + "b".repeat(71))).isEmpty();
        assertThat(MultipartFile.boundary("multipart/form-data; boundary=\"" + BOUNDARY + "\"")).isEqualTo(Optional.of(BOUNDARY));
    }
}
