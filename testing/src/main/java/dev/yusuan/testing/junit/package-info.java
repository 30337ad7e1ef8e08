/**
 * JUnit Jupiter integration: {@link dev.yusuan.testing.junit.Property @Property} methods whose
 * {@link dev.yusuan.testing.junit.ForAll @ForAll} parameters are drawn from generators.
 */
package dev.yusuan.testing.junit;
