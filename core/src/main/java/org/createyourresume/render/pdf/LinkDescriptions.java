package org.createyourresume.render.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * PDF/UA wants every link annotation to carry its description in {@code /Contents}. OpenHTMLtoPDF
 * puts the link's {@code title} on the Link structure element only; this copies it to the
 * annotations that element owns.
 */
final class LinkDescriptions {
  private LinkDescriptions() {}

  static void copyToAnnotations(PDDocument document) throws IOException {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      visit(root.getKids());
    }
  }

  private static void visit(List<Object> kids) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Link".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
          describeAnnotations(element);
        }
        visit(element.getKids());
      }
    }
  }

  private static void describeAnnotations(PDStructureElement link) {
    for (Object kid : link.getKids()) {
      if (kid instanceof PDObjectReference reference
          && reference.getReferencedObject() instanceof PDAnnotation annotation
          && annotation.getContents() == null) {
        annotation.setContents(link.getAlternateDescription());
      }
    }
  }
}
