package org.cepkit.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The process's standard output as the command line's UTF-8 writer, whose bytes a command may also write
 * directly: a JSON report copies its held issues as bytes rather than decoding them into characters and encoding
 * them again (0.25 s at the end of a million-pathway run, BENCHMARKS.md).
 */
final class StandardOutput extends PrintWriter {

    private final OutputStream bytes;

    private StandardOutput(OutputStream bytes) {
        super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16), false);
        this.bytes = bytes;
    }

    static StandardOutput open() {
        return new StandardOutput(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    }

    /**
     * The bytes under this writer, once what it holds is written: the caller writes UTF-8 and flushes before it
     * writes here again.
     */
    OutputStream bytes() {
        flush();
        return bytes;
    }

    /** The byte stream of {@code out} when it is the process's standard output. */
    static Optional<OutputStream> bytesOf(PrintWriter out) {
        return out instanceof StandardOutput standard ? Optional.of(standard.bytes())
                : Optional.empty();
    }
}
