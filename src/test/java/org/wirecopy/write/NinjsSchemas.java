package org.wirecopy.write;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * IPTC's official ninjs schemas, read from {@code ../shared/reference/} (beside the project in CI,
 * absent in a user's own checkout), and a validator for them that asserts formats ({@code uri},
 * {@code date-time}) and never fetches anything from the network.
 */
final class NinjsSchemas {

  static final Path REFERENCE = Path.of("..", "shared", "reference");

  static final String ABSENT =
      "IPTC ninjs schemas not found at " + REFERENCE.toAbsolutePath().normalize()
          + " (the project's shared/reference folder beside the checkout, present in CI);"
          + " ninjs schema validation skipped";

  private static Map<NinjsVersion, Schema> schemas;

  private NinjsSchemas() {}

  static boolean present() {
    return Files.isRegularFile(file(NinjsVersion.V2_1))
        && Files.isRegularFile(file(NinjsVersion.V3_1));
  }

  static Path file(NinjsVersion version) {
    return REFERENCE.resolve("ninjs-schema_" + version.number() + ".json");
  }

  /** The schema violations of a ninjs document, each as one readable line; empty when valid. */
  static List<String> violations(String json, NinjsVersion version) {
    List<Error> errors = schema(version).validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).toList();
  }

  private static synchronized Schema schema(NinjsVersion version) {
    if (schemas == null) {
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder
                      .schemaRegistryConfig(
                          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                      .schemaLoader(loader -> loader.fetchRemoteResources(false)));
      Map<NinjsVersion, Schema> loaded = new EnumMap<>(NinjsVersion.class);
      for (NinjsVersion v : NinjsVersion.values()) {
        try {
          loaded.put(v, registry.getSchema(Files.readString(file(v))));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      schemas = loaded;
    }
    return schemas.get(version);
  }
}
