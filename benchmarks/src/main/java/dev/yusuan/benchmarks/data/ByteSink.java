package dev.yusuan.benchmarks.data;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * An in-memory output stream that keeps its buffer across {@link #reset()}s, so that writing the
 * same document again costs no buffer growth: what a benchmark measures is the writer, not
 * {@code ByteArrayOutputStream}'s copying.
 */
public final class ByteSink extends OutputStream {
    private byte[] buf;
    private int count;

    /**
     * @param capacity the initial capacity in bytes
     */
    public ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    /** Forgets what was written, keeping the buffer. */
    public void reset() {
        count = 0;
    }

    /** @return the number of bytes written since the last reset */
    public int size() {
        return count;
    }

    /** @return a copy of the bytes written */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    private void ensure(int more) {
        if (count + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
        }
    }

    @Override
    public void write(int b) {
        ensure(1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }
}
