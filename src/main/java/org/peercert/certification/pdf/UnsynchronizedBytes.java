package org.peercert.certification.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * iText writes most of a PDF a byte at a time; {@link ByteArrayOutputStream#write(int)} is synchronized and
 * re-checks its capacity on every byte, which cost a tenth of a certificate. Each one is owned by one thread.
 */
final class UnsynchronizedBytes extends ByteArrayOutputStream {

    UnsynchronizedBytes(int size) {
        super(size);
    }

    @Override
    public void write(int b) {
        if (count == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (count + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }
}
