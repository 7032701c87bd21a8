/**
 * JMH benchmarks over the core renderer, run on demand with {@code bench/run.sh} (see
 * {@code docs/BENCHMARKS.md}); nothing here runs during the build.
 *
 * <ul>
 *   <li>{@link org.createyourresume.bench.RenderBenchmark}: warm render latency per template and
 *       resume, tagged PDF against HTML only.
 *   <li>{@link org.createyourresume.bench.ThroughputBenchmark}: PDFs per second with two threads.
 *   <li>{@link org.createyourresume.bench.ChromiumPrintBenchmark}: headless Chromium printing the
 *       same resume, the comparison point.
 * </ul>
 */
package org.createyourresume.bench;
