package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.input.ImmutableInputEntityFilter;
import dev.cortexflow.model.input.ImmutableInputSlackFilter;
import dev.cortexflow.model.input.ImmutableInputUserFilter;
import dev.cortexflow.model.input.ImmutableUserRef;
import dev.cortexflow.model.input.InputEntityFilter;
import dev.cortexflow.model.input.InputSlackFilter;
import dev.cortexflow.model.input.InputUserFilter;
import dev.cortexflow.model.input.UserRef;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the nested parts of form fields: the entity, user and Slack filters and the users of a user
 * field. A filter the OpenAPI requires is written as an empty one when the model has none, and an empty one reads
 * back as none.
 */
final class InputParts {
  private static final InputEntityFilter EMPTY_ENTITY_FILTER = ImmutableInputEntityFilter.builder().build();
  private static final InputUserFilter EMPTY_USER_FILTER = ImmutableInputUserFilter.builder().build();
  private static final InputSlackFilter EMPTY_SLACK_FILTER = ImmutableInputSlackFilter.builder().build();

  private InputParts() {}

  static Optional<InputEntityFilter> readEntityFilter(Fields f, String key, Need need) {
    return f.object(key, need, f.where() + " " + key).map(InputParts::entityFilter)
        .filter(e -> !e.equals(EMPTY_ENTITY_FILTER));
  }

  static Optional<InputUserFilter> readUserFilter(Fields f, String key, Need need) {
    return f.object(key, need, f.where() + " " + key).map(InputParts::userFilter)
        .filter(u -> !u.equals(EMPTY_USER_FILTER));
  }

  static Optional<InputSlackFilter> readSlackFilter(Fields f, String key, Need need) {
    return f.object(key, need, f.where() + " " + key).map(InputParts::slackFilter)
        .filter(c -> !c.equals(EMPTY_SLACK_FILTER));
  }

  /** The users of a user field; an empty list reads as none. */
  static Optional<List<UserRef>> readUsers(Fields f, String key, Need need) {
    return f.isPresent(key) && !f.get(key, need).isEmpty()
        ? Optional.of(f.objects(key, need, InputParts::user)) : Optional.empty();
  }

  static void writeEntityFilter(Out out, String key, Optional<InputEntityFilter> filter) {
    out.put(key, filter.map(InputParts::entityFilter).orElse(Out.object().build()));
  }

  static void writeUserFilter(Out out, String key, Optional<InputUserFilter> filter) {
    out.put(key, filter.map(InputParts::userFilter).orElse(Out.object().build()));
  }

  static void writeSlackFilter(Out out, String key, Optional<InputSlackFilter> filter) {
    out.put(key, filter.map(InputParts::slackFilter).orElse(Out.object().strings("channels", List.of()).build()));
  }

  static void writeUsers(Out out, String key, Optional<List<UserRef>> users) {
    users.ifPresent(u -> out.list(key, u, InputParts::user));
  }

  private static InputEntityFilter entityFilter(Fields f) {
    return ImmutableInputEntityFilter.builder()
        .typeFilter(f.object("typeFilter", Need.OPTIONAL, f.where() + " typeFilter").map(FilterMapper::typeFilter))
        .groupTags(f.optStrings("groupTags", Need.OPTIONAL))
        .excludedGroupTags(f.optStrings("excludedGroupTags", Need.OPTIONAL))
        .teamIds(f.optStrings("teamIds", Need.OPTIONAL))
        .emailOwners(f.optStrings("emailOwners", Need.OPTIONAL))
        .domainIds(f.optStrings("domainIds", Need.OPTIONAL))
        .extensions(f.extensions()).build();
  }

  private static InputUserFilter userFilter(Fields f) {
    return ImmutableInputUserFilter.builder()
        .teamCids(f.optStrings("teamCids", Need.OPTIONAL))
        .userEmails(f.optStrings("userEmails", Need.OPTIONAL))
        .extensions(f.extensions()).build();
  }

  private static InputSlackFilter slackFilter(Fields f) {
    return ImmutableInputSlackFilter.builder().channels(f.strings("channels", Need.REQUIRED))
        .extensions(f.extensions()).build();
  }

  private static UserRef user(Fields f, int index) {
    return ImmutableUserRef.builder().email(f.string("email", Need.REQUIRED)).name(f.string("name", Need.REQUIRED))
        .extensions(f.extensions()).build();
  }

  private static JsonValue entityFilter(InputEntityFilter e) {
    Out out = Out.object();
    e.typeFilter().ifPresent(t -> out.put("typeFilter", FilterMapper.writeTypeFilter(t)));
    return out.optStrings("groupTags", e.groupTags()).optStrings("excludedGroupTags", e.excludedGroupTags())
        .optStrings("teamIds", e.teamIds()).optStrings("emailOwners", e.emailOwners())
        .optStrings("domainIds", e.domainIds()).extensions(e.extensions()).build();
  }

  private static JsonValue userFilter(InputUserFilter u) {
    return Out.object().optStrings("teamCids", u.teamCids()).optStrings("userEmails", u.userEmails())
        .extensions(u.extensions()).build();
  }

  private static JsonValue slackFilter(InputSlackFilter s) {
    return Out.object().strings("channels", s.channels()).extensions(s.extensions()).build();
  }

  private static JsonValue user(UserRef u) {
    return Out.object().put("email", u.email()).put("name", u.name()).extensions(u.extensions()).build();
  }
}
