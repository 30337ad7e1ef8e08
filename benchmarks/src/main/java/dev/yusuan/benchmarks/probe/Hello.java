package dev.yusuan.benchmarks.probe;

/** The start-up baseline: a Java process that prints one line and exits. */
public final class Hello {
    private Hello() {
    }

    /**
     * Entry point.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
