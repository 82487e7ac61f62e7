package dev.cortexflow.dsl;

import dev.cortexflow.expr.Condition;
import dev.cortexflow.model.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a closed branch holds: its paths (conditional ones, then the fallback), its join, its schema and block-level
 * custom keys, and whether its items carry {@code type}.
 */
record BranchDefinition(String slug, String name, List<PathDef> paths, Optional<BlockSpec<?>> join,
    Map<String, JsonValue> extensions, Map<String, JsonValue> blockExtensions, boolean itemTypes) {

  /** One path; the fallback is the one without condition. */
  record PathDef(String slug, String name, Optional<Condition> condition, Consumer<PathFlow> body) {}
}
