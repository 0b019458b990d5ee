package org.cepkit.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as the command line's UTF-8 writer, whose bytes a command may also write
 * directly: a JSON report copies its held issues as bytes rather than decoding them into characters and encoding
 * them again (0.25 s at the end of a million-pathway run, BENCHMARKS.md).
 */
final class StandardOutput extends PrintWriter {

    private final OutputStream bytes;

    private StandardOutput(OutputStream stream) {
        super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), false);
        this.bytes = new Quiet(stream);
    }

    /**
     * The bytes fail as this writer does, quietly: a standard output closed early ({@code cep validate … | head})
     * ends what reaches it, not the command, and {@link #checkError()} tells it.
     */
    private final class Quiet extends OutputStream {
        private final OutputStream stream;

        Quiet(OutputStream stream) {
            this.stream = stream;
        }

        @Override
        public void write(int b) {
            try {
                stream.write(b);
            } catch (IOException e) {
                setError();
            }
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            try {
                stream.write(b, offset, length);
            } catch (IOException e) {
                setError();
            }
        }

        @Override
        public void flush() {
            try {
                stream.flush();
            } catch (IOException e) {
                setError();
            }
        }
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
}
