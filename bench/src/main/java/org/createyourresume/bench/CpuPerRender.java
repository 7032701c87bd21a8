package org.createyourresume.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import org.createyourresume.model.Resume;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;

/**
 * CPU time and allocation per render on one thread, from the JVM's own per-thread counters: a
 * figure that other work on a shared machine disturbs far less than wall-clock time, to read
 * next to the Typst script's CPU time per compile. Not a JMH benchmark: a plain loop, the best
 * of five rounds of 100 renders after a warm-up of {@code warm-up seconds} (90 unless given) of
 * renders. The render path is large: on two cores the JIT compilers were still busy after 40 s
 * of renders, and the time per PDF kept falling until then, so a shorter warm-up measures the
 * compilers as much as the render. The JIT's total compile time is printed after the warm-up and
 * after the rounds: when the two differ by much, the warm-up was too short.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.createyourresume.bench.CpuPerRender [template] [resume] [warm-up seconds]}</pre>
 *
 * <p>{@code resume} names one of this module's resumes: {@code one-page} (the default), {@code
 * three-page}, {@code over-one-page}, or {@code hindi} (Devanagari, shaped before it is drawn).
 */
public final class CpuPerRender {

  private CpuPerRender() {}

  public static void main(String[] args) {
    String template = args.length > 0 ? args[0] : "classic";
    String name = args.length > 1 ? args[1] : "one-page";
    ResumeRenderer renderer = ResumeRenderer.create();
    Resume resume = Fixtures.resume(name);
    RenderOptions pdf = RenderOptions.pdf().withTemplate(template);
    long warmUpNanos = (args.length > 2 ? Long.parseLong(args[2]) : 90) * 1_000_000_000L;
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long warmUpStart = System.nanoTime();
    int warmUps = 0;
    while (System.nanoTime() - warmUpStart < warmUpNanos || warmUps < 400) {
      renderer.render(resume, pdf);
      warmUps++;
    }
    long compiledAfterWarmUp = jit.getTotalCompilationTime();
    long bestCpu = Long.MAX_VALUE;
    long allocated = 0;
    for (int round = 0; round < 5; round++) {
      long bytes = threads.getCurrentThreadAllocatedBytes();
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < 100; i++) {
        renderer.render(resume, pdf);
      }
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 100);
      allocated = (threads.getCurrentThreadAllocatedBytes() - bytes) / 100;
    }
    System.out.printf(
        "%s in %s: CPU %.2f ms per tagged PDF (best of 5 rounds of 100), %,d KiB allocated per PDF;"
            + " %,d warm-up renders; JIT compile time %,d ms after the warm-up, %,d ms at the end%n",
        name, template, bestCpu / 1e6, allocated / 1024, warmUps, compiledAfterWarmUp,
        jit.getTotalCompilationTime());
  }
}
