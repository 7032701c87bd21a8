package org.createyourresume;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering of the core, checked on every build instead of in review. */
@AnalyzeClasses(packages = "org.createyourresume", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule coreKnowsNoFrameworks =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "picocli..", "jakarta.servlet..")
          .because("core is plain Java; the CLI and the web app depend on it, not the reverse");

  @ArchTest
  static final ArchRule modelDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("org.createyourresume.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.createyourresume.json..", "org.createyourresume.render..");

  @ArchTest
  static final ArchRule jsonDoesNotRender =
      noClasses()
          .that()
          .resideInAPackage("org.createyourresume.json..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.createyourresume.render..");

  /** Capabilities (model, json, render) form no cycle; a capability's internals may use its API. */
  @ArchTest
  static final ArchRule noCycles =
      slices().matching("org.createyourresume.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule renderInternalsStayInternal =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.createyourresume.render..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.createyourresume.render.html..",
              "org.createyourresume.render.pdf..",
              "org.createyourresume.render.theme..",
              "org.createyourresume.render.view..");

  @ArchTest
  static final ArchRule noPrinting = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noGenericExceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
