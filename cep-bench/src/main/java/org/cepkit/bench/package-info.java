/** Benchmarks of cepkit: JMH per record, and the whole-process baselines (see BENCHMARKS.md). Not published. */
package org.cepkit.bench;
