package dev.cortexflow.dsl;

import dev.cortexflow.model.TypeFilter;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.ImmutableInputEntityFilter;
import dev.cortexflow.model.input.InputEntityFilter;
import dev.cortexflow.model.input.InputField;
import java.util.List;
import java.util.Optional;

/**
 * A picker of Cortex entities ({@code type: CORTEX_ENTITY_FIELD}); the output is an object with at least
 * {@code tag}. Create it with {@link Inputs#entity(String, String)}.
 */
public final class EntityField extends FieldSpec<EntityField> {

  private boolean allowMultiple;
  private boolean hierarchy;
  private final ImmutableInputEntityFilter.Builder filter = InputEntityFilter.builder();
  private boolean filtered;
  private Optional<List<String>> defaultValue = Optional.empty();
  private Optional<String> placeholder = Optional.empty();
  private Optional<Boolean> limitToRunner = Optional.empty();

  EntityField(String key, String name) {
    super(key, name);
  }

  /** Lets several entities be chosen ({@code allowMultiple: true}; default {@code false}). */
  public EntityField allowMultiple() {
    once("allowMultiple");
    allowMultiple = true;
    return self();
  }

  /** Shows the options as a hierarchy ({@code shouldDisplayOptionsAsHierarchy: true}; default {@code false}). */
  public EntityField displayAsHierarchy() {
    once("shouldDisplayOptionsAsHierarchy");
    hierarchy = true;
    return self();
  }

  /** Offers only entities of these types ({@code entityFilter.typeFilter.types}). */
  public EntityField types(String... types) {
    once("entityFilter.typeFilter");
    filter.typeFilter(TypeFilter.of(List.of(types)));
    filtered = true;
    return self();
  }

  /** Offers only entities in these groups ({@code entityFilter.groupTags}). */
  public EntityField groups(String... groupTags) {
    once("entityFilter.groupTags");
    filter.groupTags(List.of(groupTags));
    filtered = true;
    return self();
  }

  /** Hides entities in these groups ({@code entityFilter.excludedGroupTags}). */
  public EntityField excludingGroups(String... groupTags) {
    once("entityFilter.excludedGroupTags");
    filter.excludedGroupTags(List.of(groupTags));
    filtered = true;
    return self();
  }

  /** Offers only entities owned by these teams ({@code entityFilter.teamIds}). */
  public EntityField ownedByTeams(String... teamIds) {
    once("entityFilter.teamIds");
    filter.teamIds(List.of(teamIds));
    filtered = true;
    return self();
  }

  /** Sets the initial entity tags ({@code defaultValue}). */
  public EntityField defaultValue(String... tags) {
    once("defaultValue");
    defaultValue = Optional.of(List.of(tags));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public EntityField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  /** Offers only the runner's entities ({@code limitEntitiesToRunnerUserScope}). */
  public EntityField limitEntitiesToRunnerUserScope(boolean limit) {
    once("limitEntitiesToRunnerUserScope");
    limitToRunner = Optional.of(limit);
    return self();
  }

  @Override
  InputField toField() {
    return EntityInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .allowMultiple(allowMultiple).shouldDisplayOptionsAsHierarchy(hierarchy)
        .entityFilter(filtered ? Optional.of(filter.build()) : Optional.empty())
        .defaultValue(defaultValue).placeholder(placeholder).limitEntitiesToRunnerUserScope(limitToRunner)
        .putAllExtensions(customFields()).build();
  }
}
