package dev.cortexflow.sandbox.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The two body formats of the Workflows API and their negotiation. */
enum MediaType {
  JSON("application/json"),
  YAML("application/yaml");

  private final String value;

  MediaType(String value) {
    this.value = value;
  }

  String value() {
    return value;
  }

  /** The format of a request body; no Content-Type is read as JSON. */
  static MediaType ofContentType(String header) {
    if (header == null || header.isBlank()) {
      return JSON;
    }
    return parse(essence(header))
        .orElseThrow(
            () ->
                new ApiException(
                    415,
                    "BAD_REQUEST",
                    "Content-Type '" + header.trim()
                        + "' is not supported: use application/json or application/yaml"));
  }

  /** The first acceptable format of an Accept header among {@code supported}; 406 when none is. */
  static MediaType negotiate(String accept, Set<MediaType> supported) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    for (String range : accept.split(",")) {
      if (hasZeroQuality(range)) {
        continue;
      }
      String essence = essence(range);
      if (essence.equals("*/*") || essence.equals("application/*")) {
        return JSON;
      }
      Optional<MediaType> type = parse(essence);
      if (type.isPresent() && supported.contains(type.get())) {
        return type.get();
      }
    }
    throw new ApiException(
        406,
        "BAD_REQUEST",
        "Accept '" + accept.trim() + "' is not supported: use "
            + (supported.contains(YAML) ? "application/json or application/yaml" : "application/json"));
  }

  private static boolean hasZeroQuality(String range) {
    String[] parts = range.split(";");
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2)) == 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static String essence(String header) {
    int semicolon = header.indexOf(';');
    String type = semicolon < 0 ? header : header.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  private static Optional<MediaType> parse(String essence) {
    switch (essence) {
      case "application/json":
        return Optional.of(JSON);
      case "application/yaml":
      case "application/x-yaml":
      case "text/yaml":
      case "text/x-yaml":
        return Optional.of(YAML);
      default:
        return Optional.empty();
    }
  }
}
