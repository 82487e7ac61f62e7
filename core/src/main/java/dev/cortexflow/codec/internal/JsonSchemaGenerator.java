package dev.cortexflow.codec.internal;

import static dev.cortexflow.codec.internal.SchemaNodes.bool;
import static dev.cortexflow.codec.internal.SchemaNodes.constant;
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
import static dev.cortexflow.codec.internal.SchemaNodes.strings;
import static dev.cortexflow.codec.internal.SchemaNodes.vocabulary;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Names;
import dev.cortexflow.model.OwnershipScope;
import dev.cortexflow.model.RestrictionType;
import dev.cortexflow.model.VariableType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of a workflow descriptor from the model's vocabularies and fields, for
 * editors (yaml-language-server, IntelliJ). Required lists hold only what the Cortex server requires; fields it
 * defaults (spec section 8) are optional here, as real files omit them. Optional values may be {@code null}, as
 * Cortex's exports write them. Unknown keys are allowed, as the reader keeps them.
 */
public final class JsonSchemaGenerator {
  /** The schema's {@code $id}. */
  public static final String ID = "https://cortexflow.dev/schema/cortex-workflow.schema.json";

  private JsonSchemaGenerator() {}

  /** The schema as pretty JSON text with a final newline. */
  public static String generate() {
    return JsonEmitter.emit(schema());
  }

  static JsonValue schema() {
    Map<String, JsonValue> defs = new LinkedHashMap<>();
    defs.put("filter", oneOf(List.of("filter.GLOBAL", "filter.ENTITY"),
        "Where the workflow can run, chosen by 'type'"));
    defs.put("filter.GLOBAL", object("Runs without an entity", List.of(
        req("type", constant("GLOBAL", "Global workflow: no entity context")))));
    defs.put("filter.ENTITY", object("Runs against one entity chosen by the runner", List.of(
        req("type", constant("ENTITY", "Entity-scoped workflow")),
        opt("ownershipScope", vocabulary("Who may run it on an entity: everyone, owners or editors (default ALL)",
            OwnershipScope.knownValues())),
        opt("entityFilter", nullable(ref("compoundFilter", "Which entities the workflow can run on"))))));
    defs.put("compoundFilter", object("Entity types and groups the workflow can run on", List.of(
        opt("typeFilter", ref("typeFilter", "Entity types to include")),
        opt("entityGroupFilter", ref("entityGroupFilter", "Entity groups to include and exclude")))));
    defs.put("typeFilter", object("Entity types to include", List.of(
        req("types", strings("Entity type tags such as 'service' or 'domain'")))));
    defs.put("entityGroupFilter", object("Entity groups to include and exclude", List.of(
        req("entityGroups", strings("Groups to include")),
        req("excludedEntityGroups", strings("Groups to exclude")))));
    defs.put("variable", object("A workflow variable, read as variables.<slug>", List.of(
        req("slug", SchemaNodes.patterned("Variable id: lowercase letters, digits and hyphens", Names.SLUG_PATTERN)),
        req("type", vocabulary("Value type", VariableType.knownValues())),
        opt("defaultValue", SchemaNodes.any("Initial value; should match 'type'")),
        opt("description", nullableString("What the variable holds")))));
    defs.put("runRestriction", object("A principal allowed to run the workflow", List.of(
        req("id", string("Id of the user, team or custom role (take it from an export)")),
        req("type", vocabulary("Kind of principal", RestrictionType.knownValues())))));
    defs.put("action", object("A block: one step of the workflow", List.of(
        req("name", string("Display name of the block")),
        req("slug", SchemaNodes.patterned("Block id, unique in the workflow, read as actions.<slug>.outputs: lowercase"
            + " letters, digits and hyphens", Names.SLUG_PATTERN)),
        req("schema", oneOf(SchemaBlocks.names(), "Block configuration, chosen by 'type'")),
        req("outgoingActions", strings("Slugs of the blocks that run next; [] ends the path")),
        req("isRootAction", bool("Whether this is the start block (exactly one per workflow)")))));
    SchemaBlocks.define(defs);
    SchemaInputs.define(defs);

    Map<String, JsonValue> root = new LinkedHashMap<>();
    root.put("$schema", JsonValue.of("https://json-schema.org/draft/2020-12/schema"));
    root.put("$id", JsonValue.of(ID));
    root.put("title", JsonValue.of("Cortex Workflow descriptor"));
    Map<String, JsonValue> body = new LinkedHashMap<>(((JsonValue.JsonObject) object(
        "A Cortex Workflow definition (Workflows as code YAML, or the body of POST /api/v1/workflows)", List.of(
        req("name", string("Display name")),
        req("tag", SchemaNodes.patterned("Unique identifier: letters, digits and hyphens", Names.TAG_PATTERN)),
        opt("description", nullableString("Text shown in the workflow list")),
        req("isDraft", bool("Draft workflows are hidden from most users but can still run")),
        req("filter", ref("filter", "Where the workflow can run")),
        opt("variables", listOf(ref("variable", "A variable"), "Workflow variables (default [])")),
        opt("runResponseTemplate", nullableString("Markdown and Mustache message shown when a run succeeds")),
        opt("failedRunResponseTemplate", nullableString("Message shown when a run fails")),
        req("actions", listOf(ref("action", "A block"), "The blocks; the graph is given by their slugs")),
        opt("runRestrictionPolicies", listOf(ref("runRestriction", "A principal"),
            "Who may run the workflow (default []: anyone)")),
        opt("iconTag", nullableString("Display icon id, such as 'Airplane'")),
        opt("isRunnableViaApi", nullableBool("Whether the Runs API may start this workflow")),
        opt("restrictActionCompletionToRunnerUser", nullableBool(
            "Whether only the runner may complete interactive steps (default false)"))))).members());
    root.putAll(body);
    root.put("$defs", JsonValue.object(defs));
    return JsonValue.object(root);
  }
}
