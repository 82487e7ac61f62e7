package dev.cortexflow.client.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Deterministic pretty JSON: two-space indent, {@code \n} line ends whatever the platform, final newline. */
final class JsonText {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    WRITER = MAPPER.writer(printer);
  }

  private JsonText() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(ObjectNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
