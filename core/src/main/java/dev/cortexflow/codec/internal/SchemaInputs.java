package dev.cortexflow.codec.internal;

import static dev.cortexflow.codec.internal.SchemaNodes.bool;
import static dev.cortexflow.codec.internal.SchemaNodes.constant;
import static dev.cortexflow.codec.internal.SchemaNodes.listOf;
import static dev.cortexflow.codec.internal.SchemaNodes.nullable;
import static dev.cortexflow.codec.internal.SchemaNodes.nullableBool;
import static dev.cortexflow.codec.internal.SchemaNodes.nullableString;
import static dev.cortexflow.codec.internal.SchemaNodes.nullableStrings;
import static dev.cortexflow.codec.internal.SchemaNodes.number;
import static dev.cortexflow.codec.internal.SchemaNodes.object;
import static dev.cortexflow.codec.internal.SchemaNodes.oneOf;
import static dev.cortexflow.codec.internal.SchemaNodes.opt;
import static dev.cortexflow.codec.internal.SchemaNodes.ref;
import static dev.cortexflow.codec.internal.SchemaNodes.req;
import static dev.cortexflow.codec.internal.SchemaNodes.string;
import static dev.cortexflow.codec.internal.SchemaNodes.strings;
import static dev.cortexflow.codec.internal.SchemaNodes.vocabulary;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.Presence;
import dev.cortexflow.model.input.InputKey;
import dev.cortexflow.model.input.InputKind;
import dev.cortexflow.model.input.InputKinds;
import dev.cortexflow.model.input.InputValueKind;
import dev.cortexflow.codec.internal.SchemaNodes.Prop;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema definitions of the form field kinds ({@code input.<TYPE>}), generated from the input table
 * ({@link InputKinds}), and of their filters and the overrides.
 */
final class SchemaInputs {
  private SchemaInputs() {}

  static List<String> names() {
    List<String> out = new ArrayList<>();
    InputKinds.ALL.forEach(k -> out.add("input." + k.type()));
    return out;
  }

  static void define(Map<String, JsonValue> defs) {
    for (InputKind<?, ?> kind : InputKinds.ALL) {
      List<Prop> props = new ArrayList<>(List.of(
          req("type", constant(kind.type(), "Field kind " + kind.type())),
          req("key", string("Name of the value in outputs")),
          req("name", string("Label")),
          opt("description", nullableString("Help text")),
          req("required", bool("Whether a value must be given"))));
      for (InputKey<?, ?, ?> key : kind.keys()) {
        JsonValue schema = schema(key.kind(), key.presence(), key.description());
        props.add(key.presence() == Presence.REQUIRED ? req(key.key(), schema) : opt(key.key(), schema));
      }
      defs.put("input." + kind.type(), object(kind.description(), props));
    }
    defs.put("inputEntityFilter", object("Which entities an entity field offers (all optional)", List.of(
        opt("typeFilter", nullable(ref("typeFilter", "Entity types to offer"))),
        opt("groupTags", nullableStrings("Entity groups to include")),
        opt("excludedGroupTags", nullableStrings("Entity groups to exclude")),
        opt("teamIds", nullableStrings("Owning team ids")),
        opt("emailOwners", nullableStrings("Owner emails")),
        opt("domainIds", nullableStrings("Domain ids")))));
    defs.put("inputUserFilter", object("Which users a user field offers", List.of(
        opt("teamCids", nullableStrings("Team ids")), opt("userEmails", nullableStrings("User emails")))));
    defs.put("inputSlackFilter", object("Which channels a Slack field offers", List.of(
        req("channels", strings("Channel names")))));
    defs.put("userRef", object("A Cortex user", List.of(
        req("email", string("Email")), req("name", string("Name")))));
    defs.put("inputOverride", oneOf(List.of("override.OPTION", "override.VALUE"),
        "Feeds a form field from the run state, chosen by 'type'"));
    defs.put("override.OPTION", object("Takes a select field's options from a state path", List.of(
        req("type", constant("OPTION", "Options override")),
        req("inputKey", string("Key of the field")),
        req("outputVariable", string("State path of an array, such as actions.load.outputs.result")))));
    defs.put("override.VALUE", object("Binds a field's value to a state path", List.of(
        req("type", constant("VALUE", "Value override")),
        req("inputKey", string("Key of the field")),
        req("outputVariable", string("State path, such as variables.env")),
        req("editable", bool("Whether the run pauses so the user can change the value")))));
  }

  /**
   * The JSON Schema of a key of a kind; a flag the server fills in may be null, the nested kinds refer to the
   * definitions above.
   */
  private static JsonValue schema(InputValueKind<?> kind, Presence presence, String description) {
    if (kind.isVocabulary()) {
      return vocabulary(description, kind.knownValues());
    }
    Map<InputValueKind<?>, JsonValue> schemas = new IdentityHashMap<>();
    schemas.put(InputValueKind.OPTIONAL_TEXT, nullableString(description));
    schemas.put(InputValueKind.OPTIONAL_BOOLEAN, nullableBool(description));
    schemas.put(InputValueKind.FLAG, presence == Presence.REQUIRED ? bool(description) : nullableBool(description));
    schemas.put(InputValueKind.TEXTS, strings(description));
    schemas.put(InputValueKind.OPTIONAL_TEXTS, nullableStrings(description));
    schemas.put(InputValueKind.OPTIONAL_NUMBER, number(description));
    schemas.put(InputValueKind.ENTITY_FILTER, ref("inputEntityFilter", description));
    schemas.put(InputValueKind.USER_FILTER, ref("inputUserFilter", description));
    schemas.put(InputValueKind.SLACK_FILTER, ref("inputSlackFilter", description));
    schemas.put(InputValueKind.USERS, nullable(listOf(ref("userRef", "A user"), description)));
    JsonValue schema = schemas.get(kind);
    if (schema == null) {
      throw new IllegalStateException("no JSON Schema for the input value kind " + kind);
    }
    return schema;
  }
}
