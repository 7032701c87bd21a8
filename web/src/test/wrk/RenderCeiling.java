import java.nio.file.*;
import java.util.concurrent.*;
import org.createyourresume.json.*;
import org.createyourresume.render.*;

/** In-process ceiling for comparison with the HTTP figures: read + validate, render, two threads. */
public class RenderCeiling {
  public static void main(String[] a) throws Exception {
    ResumeRenderer r = ResumeRenderer.create();
    String json = Files.readString(Path.of(a.length > 0 ? a[0] : "web/src/test/resources/resumes/one-page.json"));
    JsonResumeReader reader = new JsonResumeReader(r.validator());
    for (int i = 0; i < 300; i++) r.render(reader.read(json).resume(), RenderOptions.pdf());
    int n = 400;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) reader.read(json);
    long t1 = System.nanoTime();
    var res = reader.read(json).resume();
    for (int i = 0; i < n; i++) r.render(res, RenderOptions.pdf());
    long t2 = System.nanoTime();
    System.out.printf("read+validate %.2f ms, render %.2f ms (one thread)%n", (t1-t0)/1e6/n, (t2-t1)/1e6/n);
    ExecutorService ex = Executors.newFixedThreadPool(2);
    long t3 = System.nanoTime();
    var fs = new java.util.ArrayList<Future<?>>();
    for (int i = 0; i < 2*n; i++) fs.add(ex.submit(() -> r.render(reader.read(json).resume(), RenderOptions.pdf())));
    for (var f : fs) f.get();
    long t4 = System.nanoTime();
    System.out.printf("two threads: %.0f renders/s%n", 2*n/((t4-t3)/1e9));
    ex.shutdown();
  }
}
