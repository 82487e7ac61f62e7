package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.ImmutableInputEntityFilter;
import dev.cortexflow.model.input.ImmutableInputSlackFilter;
import dev.cortexflow.model.input.ImmutableInputUserFilter;
import dev.cortexflow.model.input.ImmutableUserRef;
import dev.cortexflow.model.input.InputEntityFilter;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputSlackFilter;
import dev.cortexflow.model.input.InputUserFilter;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.input.UserPickerInput;
import dev.cortexflow.model.input.UserRef;
import java.util.List;
import java.util.Optional;

/** Reads the kind-specific part of each known input field type, and writes the input filters. */
final class InputKinds {
  // The writer emits these for an absent filter (the OpenAPI requires one), so they read back as absent.
  private static final InputEntityFilter EMPTY_ENTITY_FILTER = ImmutableInputEntityFilter.builder().build();
  private static final InputUserFilter EMPTY_USER_FILTER = ImmutableInputUserFilter.builder().build();
  private static final InputSlackFilter EMPTY_SLACK_FILTER = ImmutableInputSlackFilter.builder().build();

  private InputKinds() {}

  /** The field, or null when the type is not one cortexflow knows. */
  static InputField read(String type, Fields f, String key, String name, boolean required, Optional<String> desc) {
    return switch (type) {
      case "INPUT_FIELD" -> TextInput.builder().key(key).name(name).required(required).description(desc)
          .defaultValue(f.optString("defaultValue")).placeholder(f.optString("placeholder"))
          .validationRegex(f.optString("validationRegex")).extensions(f.extensions()).build();
      case "TEXTAREA_FIELD" -> TextareaInput.builder().key(key).name(name).required(required).description(desc)
          .defaultValue(f.optString("defaultValue")).placeholder(f.optString("placeholder"))
          .validationRegex(f.optString("validationRegex")).extensions(f.extensions()).build();
      case "SELECT_FIELD" -> SelectInput.builder().key(key).name(name).required(required).description(desc)
          .options(f.strings("options", Need.REQUIRED)).optionsLabels(f.optStrings("optionsLabels", Need.OPTIONAL))
          .allowAdditionalOptions(f.bool("allowAdditionalOptions", Need.DEFAULTED, false))
          .defaultValue(f.optString("defaultValue")).placeholder(f.optString("placeholder"))
          .extensions(f.extensions()).build();
      case "MULTISELECT_FIELD" -> MultiSelectInput.builder().key(key).name(name).required(required)
          .description(desc)
          .options(f.strings("options", Need.REQUIRED)).optionsLabels(f.optStrings("optionsLabels", Need.OPTIONAL))
          .allowAdditionalOptions(f.bool("allowAdditionalOptions", Need.DEFAULTED, false))
          .defaultValue(f.optStrings("defaultValue", Need.OPTIONAL)).placeholder(f.optString("placeholder"))
          .extensions(f.extensions()).build();
      case "TOGGLE_FIELD" -> ToggleInput.builder().key(key).name(name).required(required).description(desc)
          .defaultValue(f.optBool("defaultValue", Need.OPTIONAL)).extensions(f.extensions()).build();
      case "CORTEX_ENTITY_FIELD" -> EntityInput.builder().key(key).name(name).required(required).description(desc)
          .allowMultiple(f.bool("allowMultiple", Need.REQUIRED, false))
          .entityFilter(f.object("entityFilter", Need.REQUIRED, f.where() + " entityFilter")
              .map(InputKinds::readEntityFilter).filter(e -> !e.equals(EMPTY_ENTITY_FILTER)))
          .shouldDisplayOptionsAsHierarchy(f.bool("shouldDisplayOptionsAsHierarchy", Need.DEFAULTED, false))
          .defaultValue(f.optStrings("defaultValue", Need.OPTIONAL)).placeholder(f.optString("placeholder"))
          .limitEntitiesToRunnerUserScope(f.optBool("limitEntitiesToRunnerUserScope", Need.OPTIONAL))
          .extensions(f.extensions()).build();
      case "CORTEX_USER_FIELD" -> UserPickerInput.builder().key(key).name(name).required(required)
          .description(desc)
          .allowMultiple(f.bool("allowMultiple", Need.REQUIRED, false))
          .filter(f.object("filter", Need.REQUIRED, f.where() + " filter").map(InputKinds::readUserFilter)
              .filter(u -> !u.equals(EMPTY_USER_FILTER)))
          .defaultValue(f.isPresent("defaultValue") && !f.get("defaultValue", Need.OPTIONAL).isEmpty()
              ? Optional.of(f.objects("defaultValue", Need.OPTIONAL, InputKinds::readUser)) : Optional.empty())
          .placeholder(f.optString("placeholder"))
          .extensions(f.extensions()).build();
      case "SLACK_FIELD" -> SlackInput.builder().key(key).name(name).required(required).description(desc)
          .allowMultiple(f.bool("allowMultiple", Need.REQUIRED, false))
          .filter(f.object("filter", Need.REQUIRED, f.where() + " filter").map(s -> (InputSlackFilter)
              ImmutableInputSlackFilter.builder().channels(s.strings("channels", Need.REQUIRED))
                  .extensions(s.extensions()).build()).filter(c -> !c.equals(EMPTY_SLACK_FILTER)))
          .defaultValue(f.optStrings("defaultValue", Need.OPTIONAL)).placeholder(f.optString("placeholder"))
          .extensions(f.extensions()).build();
      case "SECRET_FIELD" -> SecretInput.builder().key(key).name(name).required(required).description(desc)
          .disabled(f.bool("disabled", Need.REQUIRED, false)).placeholder(f.optString("placeholder"))
          .validationRegex(f.optString("validationRegex")).extensions(f.extensions()).build();
      case "NUMBER_FIELD" -> NumberInput.builder().key(key).name(name).required(required).description(desc)
          .disabled(f.bool("disabled", Need.REQUIRED, false))
          .format(f.get("format", Need.REQUIRED).isPresent()
              ? f.optString("format").map(NumberFormat::of) : Optional.empty())
          .min(f.optNumber("min")).max(f.optNumber("max")).defaultValue(f.optNumber("defaultValue"))
          .placeholder(f.optString("placeholder")).extensions(f.extensions()).build();
      case "DATE_FIELD" -> DateInput.builder().key(key).name(name).required(required).description(desc)
          .disabled(f.bool("disabled", Need.REQUIRED, false))
          .format(f.get("format", Need.REQUIRED).isPresent()
              ? f.optString("format").map(DateFormat::of) : Optional.empty())
          .defaultValue(f.optString("defaultValue")).placeholder(f.optString("placeholder"))
          .extensions(f.extensions()).build();
      default -> null;
    };
  }

  private static InputEntityFilter readEntityFilter(Fields f) {
    return ImmutableInputEntityFilter.builder()
        .typeFilter(f.object("typeFilter", Need.OPTIONAL, f.where() + " typeFilter").map(FilterMapper::typeFilter))
        .groupTags(f.optStrings("groupTags", Need.OPTIONAL))
        .excludedGroupTags(f.optStrings("excludedGroupTags", Need.OPTIONAL))
        .teamIds(f.optStrings("teamIds", Need.OPTIONAL))
        .emailOwners(f.optStrings("emailOwners", Need.OPTIONAL))
        .domainIds(f.optStrings("domainIds", Need.OPTIONAL))
        .extensions(f.extensions()).build();
  }

  private static InputUserFilter readUserFilter(Fields f) {
    return ImmutableInputUserFilter.builder()
        .teamCids(f.optStrings("teamCids", Need.OPTIONAL))
        .userEmails(f.optStrings("userEmails", Need.OPTIONAL))
        .extensions(f.extensions()).build();
  }

  private static UserRef readUser(Fields f, int index) {
    return ImmutableUserRef.builder().email(f.string("email", Need.REQUIRED)).name(f.string("name", Need.REQUIRED))
        .extensions(f.extensions()).build();
  }

  static JsonValue writeEntityFilter(InputEntityFilter e) {
    Out out = Out.object();
    e.typeFilter().ifPresent(t -> out.put("typeFilter", FilterMapper.writeTypeFilter(t)));
    return out.optStrings("groupTags", e.groupTags()).optStrings("excludedGroupTags", e.excludedGroupTags())
        .optStrings("teamIds", e.teamIds()).optStrings("emailOwners", e.emailOwners())
        .optStrings("domainIds", e.domainIds()).extensions(e.extensions()).build();
  }

  static JsonValue writeUserFilter(InputUserFilter u) {
    return Out.object().optStrings("teamCids", u.teamCids()).optStrings("userEmails", u.userEmails())
        .extensions(u.extensions()).build();
  }

  static JsonValue writeSlackFilter(InputSlackFilter s) {
    return Out.object().strings("channels", s.channels()).extensions(s.extensions()).build();
  }

  static JsonValue writeUser(UserRef u) {
    return Out.object().put("email", u.email()).put("name", u.name()).extensions(u.extensions()).build();
  }

}
