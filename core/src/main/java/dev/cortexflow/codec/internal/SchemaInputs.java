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
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.codec.internal.SchemaNodes.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON Schema definitions of the 11 form field kinds ({@code input.<TYPE>}), their filters and the overrides. */
final class SchemaInputs {
  private SchemaInputs() {}

  static List<String> names() {
    List<String> out = new ArrayList<>();
    Vocabularies.INPUT_TYPES.forEach(t -> out.add("input." + t));
    return out;
  }

  static void define(Map<String, JsonValue> defs) {
    Prop placeholder = opt("placeholder", nullableString("Hint shown in the empty field"));
    Prop regex = opt("validationRegex", nullableString("Regular expression the value must match"));
    input(defs, "INPUT_FIELD", "One-line text", List.of(
        opt("defaultValue", nullableString("Initial value")), placeholder, regex));
    input(defs, "TEXTAREA_FIELD", "Multi-line text", List.of(
        opt("defaultValue", nullableString("Initial value")), placeholder, regex));
    input(defs, "SELECT_FIELD", "Pick one option", List.of(
        req("options", strings("The option values")),
        opt("optionsLabels", nullableStrings("Labels shown for the options, in the same order")),
        opt("allowAdditionalOptions", nullableBool("Whether other values may be typed (default false)")),
        opt("defaultValue", nullableString("Initial option")), placeholder));
    input(defs, "MULTISELECT_FIELD", "Pick several options", List.of(
        req("options", strings("The option values")),
        opt("optionsLabels", nullableStrings("Labels shown for the options, in the same order")),
        opt("allowAdditionalOptions", nullableBool("Whether other values may be typed (default false)")),
        opt("defaultValue", nullableStrings("Initial options")), placeholder));
    input(defs, "TOGGLE_FIELD", "A yes/no switch", List.of(
        opt("defaultValue", nullableBool("Initial state"))));
    input(defs, "CORTEX_ENTITY_FIELD", "Pick Cortex entities; outputs objects with at least 'tag'", List.of(
        req("allowMultiple", bool("Whether several entities may be picked")),
        req("entityFilter", ref("inputEntityFilter", "Which entities are offered")),
        opt("shouldDisplayOptionsAsHierarchy", nullableBool("Show entities as a hierarchy (default false)")),
        opt("defaultValue", nullableStrings("Initial entity tags")), placeholder,
        opt("limitEntitiesToRunnerUserScope", nullableBool("Offer only entities the runner owns"))));
    input(defs, "CORTEX_USER_FIELD", "Pick Cortex users", List.of(
        req("allowMultiple", bool("Whether several users may be picked")),
        req("filter", ref("inputUserFilter", "Which users are offered")),
        opt("defaultValue", nullable(listOf(ref("userRef", "A user"), "Initial users"))), placeholder));
    input(defs, "SLACK_FIELD", "Pick Slack channels", List.of(
        req("allowMultiple", bool("Whether several channels may be picked")),
        req("filter", ref("inputSlackFilter", "Which channels are offered")),
        opt("defaultValue", nullableStrings("Initial channels")), placeholder));
    input(defs, "SECRET_FIELD", "A secret value, masked", List.of(
        req("disabled", bool("Whether the field is read-only")), placeholder, regex));
    input(defs, "NUMBER_FIELD", "A number", List.of(
        req("disabled", bool("Whether the field is read-only")),
        req("format", vocabulary("Whole or decimal numbers", NumberFormat.knownValues())),
        opt("min", number("Smallest allowed value")), opt("max", number("Largest allowed value")),
        opt("defaultValue", number("Initial value")), placeholder));
    input(defs, "DATE_FIELD", "A date or date and time", List.of(
        req("disabled", bool("Whether the field is read-only")),
        req("format", vocabulary("Date only, or date and time", DateFormat.knownValues())),
        opt("defaultValue", nullableString("Initial value")), placeholder));
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

  private static void input(Map<String, JsonValue> defs, String type, String description, List<Prop> props) {
    List<Prop> all = new ArrayList<>(List.of(
        req("type", constant(type, "Field kind " + type)),
        req("key", string("Name of the value in outputs")),
        req("name", string("Label")),
        opt("description", nullableString("Help text")),
        req("required", bool("Whether a value must be given"))));
    all.addAll(props);
    defs.put("input." + type, object(description, all));
  }
}
