package org.createyourresume.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.createyourresume.model.Resume;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;

/**
 * CPU time and allocation per render on one thread, from the JVM's own per-thread counters: a
 * figure that other work on a shared machine disturbs far less than wall-clock time, to read
 * next to the Typst script's CPU time per compile. Not a JMH benchmark: a plain loop, the best
 * of five rounds of 100 renders after 400 warm-up renders.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.createyourresume.bench.CpuPerRender [template] [resume]}</pre>
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
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 400; i++) {
      renderer.render(resume, pdf);
    }
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
        "%s in %s: CPU %.2f ms per tagged PDF (best of 5 rounds of 100), %,d KiB allocated per PDF%n",
        name, template, bestCpu / 1e6, allocated / 1024);
  }
}
