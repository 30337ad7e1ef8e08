/**
 * Property-based testing for yusuan: a generator-and-shrinking engine with a JUnit Jupiter
 * integration, and (in later packages) generators of codes, amounts and statements.
 */
module dev.yusuan.testing {
    requires transitive dev.yusuan.core;
    requires dev.yusuan.codes;
    requires transitive org.junit.jupiter.api;

    exports dev.yusuan.testing;
    exports dev.yusuan.testing.junit;

    // JUnit instantiates the extension that @Property registers, which is not public.
    opens dev.yusuan.testing.junit to org.junit.platform.commons;
}
