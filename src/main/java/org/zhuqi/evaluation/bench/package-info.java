/**
 * Benchmark support, off unless {@code zhuqi.bench.enabled=true}: a no-op JSON endpoint that measures what the
 * web stack alone costs per request, so the ballot rate of the live session can be stated as a fraction of it
 * (see {@code BENCHMARKS.md} and {@code tools/LiveLoad.java}). Never enable it in production.
 */
package org.zhuqi.evaluation.bench;
