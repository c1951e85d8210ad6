package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The test kit ships in the tests jar and only there: the runtime jar stays clean. */
class TestKitJarIT {

  private static final Path LIBRARY_JAR = Path.of(System.getProperty("wirecopy.libraryJar"));
  private static final Path TEST_KIT_JAR = Path.of(System.getProperty("wirecopy.testKitJar"));

  private static List<String> classes(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
    }
  }

  @Test
  void theRuntimeJarHoldsNoTestCode() throws IOException {
    List<String> classes = classes(LIBRARY_JAR);
    assertTrue(classes.contains("org/wirecopy/WireParser.class"), classes::toString);
    assertEquals(List.of(),
        classes.stream().filter(n -> n.startsWith("org/wirecopy/testkit/")
            || n.contains("Test") || n.contains("Properties")).toList());
  }

  @Test
  void theTestsJarHoldsTheKitAndNothingElse() throws IOException {
    List<String> classes = classes(TEST_KIT_JAR);
    for (String kit : List.of("WireArbitraries", "HeaderArbitraries", "BodyArbitraries",
        "Perturbations", "Perturbation", "Damage", "WireInput", "WireLayout", "ArticleCoverage")) {
      assertTrue(classes.contains("org/wirecopy/testkit/" + kit + ".class"), kit);
    }
    assertEquals(List.of(),
        classes.stream().filter(n -> !n.startsWith("org/wirecopy/testkit/")).toList());
  }
}
