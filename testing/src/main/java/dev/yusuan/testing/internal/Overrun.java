package dev.yusuan.testing.internal;

/**
 * Thrown inside the engine when a test case needs more choices than it may have: the replayed
 * sequence ran out, or generation exceeded the length limit. Such a test case is discarded.
 */
final class Overrun extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final Overrun INSTANCE = new Overrun();

    private Overrun() {
        super("choice sequence overrun", null, false, false);
    }
}
