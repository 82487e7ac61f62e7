package dev.cortexflow.dsl;

import dev.cortexflow.model.input.ImmutableInputUserFilter;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputUserFilter;
import dev.cortexflow.model.input.UserPickerInput;
import dev.cortexflow.model.input.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A picker of Cortex users ({@code type: CORTEX_USER_FIELD}). Create it with {@link Inputs#user(String, String)}. */
public final class UserField extends FieldSpec<UserField> {

  private boolean allowMultiple;
  private final ImmutableInputUserFilter.Builder filter = InputUserFilter.builder();
  private boolean filtered;
  private final List<UserRef> defaults = new ArrayList<>();
  private Optional<String> placeholder = Optional.empty();

  UserField(String key, String name) {
    super(key, name);
  }

  /** Lets several users be chosen ({@code allowMultiple: true}; default {@code false}). */
  public UserField allowMultiple() {
    once("allowMultiple");
    allowMultiple = true;
    return self();
  }

  /** Offers only members of these teams ({@code filter.teamCids}). */
  public UserField teams(String... teamCids) {
    once("filter.teamCids");
    filter.teamCids(List.of(teamCids));
    filtered = true;
    return self();
  }

  /** Offers only these users ({@code filter.userEmails}). */
  public UserField emails(String... emails) {
    once("filter.userEmails");
    filter.userEmails(List.of(emails));
    filtered = true;
    return self();
  }

  /** Adds an initially chosen user ({@code defaultValue} entry {@code {email, name}}). */
  public UserField defaultUser(String email, String name) {
    defaults.add(UserRef.of(email, name));
    return self();
  }

  /** Sets the placeholder ({@code placeholder}). */
  public UserField placeholder(String text) {
    placeholder = Optional.of(set("placeholder", text));
    return self();
  }

  @Override
  InputField toField() {
    return UserPickerInput.builder().key(key()).name(name()).required(isRequired()).description(descriptionText())
        .allowMultiple(allowMultiple).filter(filtered ? Optional.of(filter.build()) : Optional.empty())
        .defaultValue(defaults.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(defaults)))
        .placeholder(placeholder).putAllExtensions(customFields()).build();
  }
}
