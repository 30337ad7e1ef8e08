package dev.yusuan.core.ledger;

import java.util.Arrays;

/** Distinct codes in first-seen order, each with a dense index. Package-private, not thread-safe. */
final class CodeDictionary {
    private final LongIntMap index = new LongIntMap(64);
    private int[] codes = new int[64];
    private int size;

    /** @return the index of the code, adding it if new */
    int indexOf(int code) {
        int i = index.get(code);
        if (i >= 0) {
            return i;
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size] = code;
        index.putIfAbsent(code, size);
        return size++;
    }

    int size() {
        return size;
    }

    int code(int i) {
        return codes[i];
    }

    /** @return the codes, exactly sized */
    int[] toArray() {
        return Arrays.copyOf(codes, size);
    }
}
