package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The validate endpoint: raw descriptor text in, {@code OpenApiResponse} out; never saves anything. */
final class DescriptorValidation {
  private DescriptorValidation() {}

  static ObjectNode validate(byte[] body, MediaType type) {
    String text = new String(body, StandardCharsets.UTF_8);
    ObjectMapper mapper = type == MediaType.YAML ? Codec.yaml() : Codec.json();
    ObjectNode response = Codec.object();
    ArrayNode violations = Codec.NODES.arrayNode();
    try {
      JsonNode tree = text.isBlank() ? null : mapper.readTree(text);
      if (tree != null && tree.isTextual()) {
        // a JSON string carrying the YAML (or JSON) text of the descriptor
        text = tree.asText();
        mapper = Codec.yaml();
        tree = text.isBlank() ? null : mapper.readTree(text);
      }
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        violations.add(violation("", "Empty descriptor", "The descriptor is empty", null));
      } else {
        LineIndex lines = LineIndex.of(text, mapper);
        List<Finding> findings = DefinitionChecks.check(tree);
        for (Finding finding : findings) {
          ObjectNode v = violation(finding.pointer(), finding.title(), finding.message(), null);
          lines.find(finding.pointer()).ifPresent(l -> {
            v.put("startLine", l.start());
            v.put("endLine", l.end());
          });
          violations.add(v);
        }
      }
    } catch (JsonProcessingException e) {
      String pointer = "";
      if (e.getProcessor() instanceof JsonParser) {
        pointer = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
      }
      boolean duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
      violations.add(
          violation(
              pointer, duplicate ? "Duplicate field" : "Malformed descriptor", Codec.describe(e),
              e.getLocation()));
    }
    response.put("ok", violations.isEmpty());
    response.set("violations", violations);
    return response;
  }

  private static ObjectNode violation(String pointer, String title, String description, JsonLocation at) {
    ObjectNode v = Codec.object();
    v.put("title", title);
    v.put("description", description);
    v.put("pointer", pointer);
    v.putArray("paths").add(pointer);
    if (at != null && at.getLineNr() > 0) {
      v.put("startLine", at.getLineNr());
      v.put("endLine", at.getLineNr());
    }
    v.put("violationType", "MUST");
    return v;
  }
}
