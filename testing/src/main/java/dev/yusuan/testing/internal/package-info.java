/**
 * The engine's internals: choice recording, shrinking, running and reporting. Not exported; no
 * compatibility promise.
 */
package dev.yusuan.testing.internal;
