/**
 * Property-based testing for yusuan: a generator-and-shrinking engine with a JUnit Jupiter
 * integration ({@code dev.yusuan.testing}, {@code dev.yusuan.testing.junit}), generators of codes,
 * amounts, ledgers and statements ({@code dev.yusuan.testing.gen}), and mutators that break one
 * invariant of a consistent statement ({@code dev.yusuan.testing.mutate}).
 */
module dev.yusuan.testing {
    requires transitive dev.yusuan.core;
    requires dev.yusuan.codes;
    // core's tables and ledgers return Guava immutable collections
    requires com.google.common;
    requires transitive org.junit.jupiter.api;

    exports dev.yusuan.testing;
    exports dev.yusuan.testing.junit;
    exports dev.yusuan.testing.gen;
    exports dev.yusuan.testing.mutate;

    // JUnit instantiates the extension that @Property registers, which is not public.
    opens dev.yusuan.testing.junit to org.junit.platform.commons;
}
