/** Internals of the codes module (CSV reading, indexes, name normalisation). Not exported. */
package dev.yusuan.codes.internal;
