package dev.cortexflow.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The settings the synchronous and asynchronous HTTP blocks share. */
final class HttpSettings {
  final Map<String, String> headers = new LinkedHashMap<>();
  Optional<String> payload = Optional.empty();
  Optional<String> integrationAlias = Optional.empty();
  Optional<String> targetHost = Optional.empty();
  Optional<String> integration = Optional.empty();

  void header(String slug, String name, CharSequence value) {
    if (headers.putIfAbsent(name, value.toString()) != null) {
      throw new IllegalStateException("header '" + name + "' of block '" + slug + "' is already set");
    }
  }
}
