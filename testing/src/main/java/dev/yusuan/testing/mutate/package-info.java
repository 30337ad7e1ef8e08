/**
 * Mutators (变异器): take a consistent statement and break exactly one named invariant (a cell
 * changed beyond rounding, a row dropped, a code printed under the wrong parent, the balance
 * broken), returning the broken statement with what was broken and where, so that a validator —
 * ours or a user's — can be tested against it. Entry point: {@link dev.yusuan.testing.mutate.Mutators}.
 */
package dev.yusuan.testing.mutate;
