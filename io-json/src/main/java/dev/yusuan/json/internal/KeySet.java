package dev.yusuan.json.internal;

import java.util.Arrays;

/**
 * A set of non-negative {@code long} keys for duplicate detection over very long streams, compact
 * when the keys arrive in increasing order (as exports in key order do).
 *
 * <p>Keys greater than every key of the <em>run</em> are appended to it, delta-encoded as
 * variable-length integers in 256 KiB chunks (small enough not to be humongous objects for G1),
 * with an index entry every {@value #BLOCK} keys: about 2 to 4 bytes per key (3.3 measured for
 * 10 million ledger lines in key order). Any other key is looked up in the run (binary search on
 * the index, then at most {@value #BLOCK} deltas decoded) and kept in an open-addressing hash
 * table (8 bytes per slot, at most 60% full): about 16 bytes per key for shuffled input.
 *
 * <p>Not thread-safe.
 */
public final class KeySet {
    static final int BLOCK = 32;
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final long EMPTY = -1L;

    // the sorted run
    private byte[][] chunks = new byte[4][];
    private long written;
    private long runSize;
    private long last = -1;
    private long[] blockFirst = new long[8];
    private long[] blockPos = new long[8];

    // the rest
    private long[] table = new long[0];
    private int tableSize;

    /** @return the number of keys */
    public long size() {
        return runSize + tableSize;
    }

    /**
     * Adds a key.
     *
     * @param key a key, not negative
     * @return whether the key was absent (false: a duplicate)
     */
    public boolean add(long key) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if (key > last) {
            append(key);
            return true;
        }
        if (key == last || inRun(key)) {
            return false;
        }
        return addToTable(key);
    }

    private void append(long key) {
        if (runSize % BLOCK == 0) {
            int b = (int) (runSize / BLOCK);
            if (b == blockFirst.length) {
                blockFirst = Arrays.copyOf(blockFirst, b * 2);
                blockPos = Arrays.copyOf(blockPos, b * 2);
            }
            blockFirst[b] = key;
            blockPos[b] = written;
        } else {
            long delta = key - last;
            while ((delta & ~0x7FL) != 0) {
                put((byte) ((delta & 0x7F) | 0x80));
                delta >>>= 7;
            }
            put((byte) delta);
        }
        last = key;
        runSize++;
    }

    private void put(byte b) {
        int c = (int) (written >>> CHUNK_BITS);
        int i = (int) (written & (CHUNK - 1));
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        byte[] chunk = chunks[c];
        if (chunk == null) {
            // the first chunk starts small and grows, so that a short ledger costs little
            chunk = new byte[c == 0 ? 256 : CHUNK];
            chunks[c] = chunk;
        } else if (i == chunk.length) {
            chunk = Arrays.copyOf(chunk, Math.min(CHUNK, chunk.length * 4));
            chunks[c] = chunk;
        }
        chunk[i] = b;
        written++;
    }

    private byte get(long pos) {
        return chunks[(int) (pos >>> CHUNK_BITS)][(int) (pos & (CHUNK - 1))];
    }

    private boolean inRun(long key) {
        if (runSize == 0) {
            return false;
        }
        int blocks = (int) ((runSize + BLOCK - 1) / BLOCK);
        int lo = 0;
        int hi = blocks - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blockFirst[mid] <= key) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long v = blockFirst[lo];
        if (v == key) {
            return true;
        }
        if (v > key) {
            return false;
        }
        long count = Math.min(BLOCK, runSize - (long) lo * BLOCK);
        long pos = blockPos[lo];
        for (int i = 1; i < count; i++) {
            long delta = 0;
            int shift = 0;
            byte b;
            do {
                b = get(pos++);
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            v += delta;
            if (v == key) {
                return true;
            }
            if (v > key) {
                return false;
            }
        }
        return false;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private boolean addToTable(long key) {
        if (table.length == 0) {
            table = new long[64];
            Arrays.fill(table, EMPTY);
        }
        int mask = table.length - 1;
        int i = hash(key) & mask;
        while (true) {
            long k = table[i];
            if (k == EMPTY) {
                table[i] = key;
                if (++tableSize * 5L > table.length * 3L) {
                    grow();
                }
                return true;
            }
            if (k == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, EMPTY);
        int mask = table.length - 1;
        for (long k : old) {
            if (k != EMPTY) {
                int i = hash(k) & mask;
                while (table[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[i] = k;
            }
        }
    }
}
