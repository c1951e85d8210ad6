package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module exports the API packages only and needs nothing but SLF4J and the JDK's XML module. */
class ModuleBoundaryTest {

  @Test
  void exportsOnlyTheApi() {
    ModuleDescriptor module =
        ModuleFinder.of(Path.of("target/classes")).find("org.wirecopy").orElseThrow().descriptor();
    Set<String> exported =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("org.wirecopy", "org.wirecopy.write"), exported);
    assertTrue(module.packages().contains("org.wirecopy.internal"));
    Set<String> required =
        module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertEquals(Set.of("java.base", "java.xml", "org.slf4j"), required);
  }
}
