package dev.cortexflow.codec.internal;

import static dev.cortexflow.codec.internal.SchemaNodes.anyMap;
import static dev.cortexflow.codec.internal.SchemaNodes.constant;
import static dev.cortexflow.codec.internal.SchemaNodes.integer;
import static dev.cortexflow.codec.internal.SchemaNodes.listOf;
import static dev.cortexflow.codec.internal.SchemaNodes.nullable;
import static dev.cortexflow.codec.internal.SchemaNodes.nullableBool;
import static dev.cortexflow.codec.internal.SchemaNodes.nullableString;
import static dev.cortexflow.codec.internal.SchemaNodes.object;
import static dev.cortexflow.codec.internal.SchemaNodes.oneOf;
import static dev.cortexflow.codec.internal.SchemaNodes.opt;
import static dev.cortexflow.codec.internal.SchemaNodes.ref;
import static dev.cortexflow.codec.internal.SchemaNodes.req;
import static dev.cortexflow.codec.internal.SchemaNodes.string;
import static dev.cortexflow.codec.internal.SchemaNodes.stringMap;
import static dev.cortexflow.codec.internal.SchemaNodes.strings;
import static dev.cortexflow.codec.internal.SchemaNodes.vocabulary;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.BlockType;
import dev.cortexflow.model.block.BlockTypes;
import dev.cortexflow.model.block.FieldKind;
import dev.cortexflow.model.block.Presence;
import dev.cortexflow.codec.internal.SchemaNodes.Prop;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema definitions of the block types ({@code block.<TYPE>}), generated from the descriptor table
 * ({@link BlockTypes}), and of their nested parts.
 */
final class SchemaBlocks {
  private SchemaBlocks() {}

  static List<String> names() {
    List<String> out = new ArrayList<>();
    BlockTypes.ALL.forEach(t -> out.add("block." + t.type()));
    return out;
  }

  static void define(Map<String, JsonValue> defs) {
    for (BlockType<?, ?> type : BlockTypes.ALL) {
      List<Prop> props = new ArrayList<>();
      props.add(req("type", constant(type.type(), "Block type " + type.type())));
      for (BlockField<?, ?, ?> field : type.fields()) {
        JsonValue schema = schema(field.kind(), field.description());
        props.add(field.presence() == Presence.REQUIRED ? req(field.key(), schema) : opt(field.key(), schema));
      }
      defs.put("block." + type.type(), object(type.description(), props));
    }
    defs.put("branchPath", object("A conditional path of a branch", List.of(
        req("name", string("Display name of the path")), req("slug", string("Path id")),
        req("expression", string("Boolean CEL expression, such as actions[\"ask\"].outputs.ok == true")),
        opt("outgoingAction", nullableString("Slug of the first block of the path")),
        opt("type", constant("CONDITIONAL", "Path kind, as Cortex exports it")))));
    defs.put("fallbackPath", object("The path taken when no condition holds", List.of(
        req("name", string("Display name of the path")), req("slug", string("Path id")),
        opt("outgoingAction", nullableString("Slug of the first block of the path")),
        opt("type", constant("FALLBACK", "Path kind, as Cortex exports it")))));
    defs.put("gitIdentity", object("A Git author or committer", List.of(
        req("name", string("Name")), req("email", string("Email")))));
    defs.put("variableAssignment", object("Sets one variable", List.of(
        req("slug", string("Slug of the variable to set")),
        req("source", oneOf(List.of("source.REFERENCE", "source.JAVASCRIPT"), "Where the value comes from")))));
    defs.put("source.REFERENCE", object("A value read from the run state", List.of(
        req("type", constant("REFERENCE", "Read a state path")),
        req("path", string("State path without a leading dot, such as actions.parse.outputs.result")))));
    defs.put("source.JAVASCRIPT", object("A value computed by JavaScript", List.of(
        req("type", constant("JAVASCRIPT", "Compute with a script")),
        req("script", string("Script whose return value is the new value")))));
  }

  /** The JSON Schema of a field of a kind; nested kinds refer to the definitions below. */
  private static JsonValue schema(FieldKind<?> kind, String description) {
    if (kind.isVocabulary()) {
      return vocabulary(description, kind.knownValues());
    }
    Map<FieldKind<?>, JsonValue> schemas = new IdentityHashMap<>();
    schemas.put(FieldKind.TEXT, string(description));
    schemas.put(FieldKind.OPTIONAL_TEXT, nullableString(description));
    schemas.put(FieldKind.OPTIONAL_BOOLEAN, nullableBool(description));
    schemas.put(FieldKind.OPTIONAL_INTEGER, integer(description));
    schemas.put(FieldKind.TEXTS, strings(description));
    schemas.put(FieldKind.TEXT_MAP, stringMap(description));
    schemas.put(FieldKind.JSON_MAP, anyMap(description));
    schemas.put(FieldKind.BRANCH_PATHS, listOf(ref("branchPath", "A path"), description));
    schemas.put(FieldKind.FALLBACK_PATH, nullable(ref("fallbackPath", description)));
    schemas.put(FieldKind.GIT_IDENTITY, nullable(ref("gitIdentity", description)));
    schemas.put(FieldKind.INPUT_FIELDS, listOf(oneOf(SchemaInputs.names(), "A form field, chosen by 'type'"),
        description));
    schemas.put(FieldKind.INPUT_OVERRIDES, listOf(ref("inputOverride", "An override"), description));
    schemas.put(FieldKind.VARIABLE_ASSIGNMENTS, listOf(ref("variableAssignment", "An assignment"), description));
    JsonValue schema = schemas.get(kind);
    if (schema == null) {
      throw new IllegalStateException("no JSON Schema for the field kind " + kind);
    }
    return schema;
  }
}
