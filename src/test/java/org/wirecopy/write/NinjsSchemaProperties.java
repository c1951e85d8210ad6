package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.wirecopy.ParseResult;

/** The ninjs output of any article, however odd its text, is valid against IPTC's schemas. */
@AddLifecycleHook(NinjsSchemaProperties.SkipWithoutSchemas.class)
class NinjsSchemaProperties {

  /** Skips the properties, with the reason, where the schemas are not beside the project. */
  static final class SkipWithoutSchemas implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return NinjsSchemas.present() ? SkipResult.doNotSkip() : SkipResult.skip(NinjsSchemas.ABSENT);
    }
  }

  @Property(tries = 300)
  void ninjs21IsValid(@ForAll("results") ParseResult result) {
    String json = NinjsWriter.toJson(result, NinjsVersion.V2_1);
    assertEquals(List.of(), NinjsSchemas.violations(json, NinjsVersion.V2_1), json);
  }

  @Property(tries = 300)
  void ninjs31IsValid(@ForAll("results") ParseResult result) {
    String json = NinjsWriter.toJson(result, NinjsVersion.V3_1);
    assertEquals(List.of(), NinjsSchemas.violations(json, NinjsVersion.V3_1), json);
  }

  @Provide
  Arbitrary<ParseResult> results() {
    return GeneratedArticles.results();
  }
}
