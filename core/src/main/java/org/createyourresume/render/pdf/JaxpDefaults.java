package org.createyourresume.render.pdf;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Makes JAXP factories ({@code TransformerFactory.newInstance()} and friends) pick the JDK's
 * built-in implementations without scanning the class path.
 *
 * <p>Why: OpenHTMLtoPDF parses our XHTML, and xmpbox serialises the PDF/A metadata, through
 * {@code newInstance()} on every render. Each call asks the context class loader for {@code
 * META-INF/services/javax.xml.*}, which opens every jar on the class path (and finds Saxon when
 * it is there). Measured: 14 ms per tagged render with the scan, 5 ms without. Setting the JAXP
 * system properties would do the same JVM-wide; this keeps the change local to our render.
 */
final class JaxpDefaults extends ClassLoader {

  private static final String JAXP_SERVICES = "META-INF/services/javax.xml.";

  JaxpDefaults(ClassLoader parent) {
    super(parent);
  }

  @Override
  public URL getResource(String name) {
    return name.startsWith(JAXP_SERVICES) ? null : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.startsWith(JAXP_SERVICES) ? Collections.emptyEnumeration() : super.getResources(name);
  }

  /** Runs {@code work} with this loader as the thread's context class loader. */
  static <T> T run(IoWork<T> work) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    ClassLoader base = previous != null ? previous : JaxpDefaults.class.getClassLoader();
    thread.setContextClassLoader(new JaxpDefaults(base));
    try {
      return work.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Work that may fail with an {@link IOException}. */
  interface IoWork<T> {
    T run() throws IOException;
  }
}
