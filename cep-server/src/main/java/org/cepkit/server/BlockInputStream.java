package org.cepkit.server;

import java.io.IOException;
import java.io.InputStream;

/** A stream that reads in blocks only: its single-byte {@link #read()} is one block of one byte. */
abstract class BlockInputStream extends InputStream {

    @Override
    public abstract int read(byte[] bytes, int offset, int length) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }
}
