package dev.cortexflow.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a run request ({@code POST /api/v1/workflows/{tag}/runs}).
 *
 * <pre>{@code
 * client.startRun("deploy-service", RunRequest.of(RunScope.global()).withInitialContext(Map.of("version", "1.2")));
 * }</pre>
 *
 * @param scope key {@code scope}
 * @param initialContext key {@code initialContext}: top-level keys seed the same-named variables (JSON values:
 *     strings, numbers, booleans, lists, maps)
 * @param runAs key {@code runAs}: email of the user to run as
 * @param notificationRecipients key {@code notificationRecipients}
 */
public record RunRequest(RunScope scope, Map<String, Object> initialContext, Optional<String> runAs,
    List<String> notificationRecipients) {

  /** Checks and copies the components (the context keeps its order). */
  public RunRequest {
    Objects.requireNonNull(scope, "scope");
    initialContext = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(initialContext));
    Objects.requireNonNull(runAs, "runAs");
    notificationRecipients = List.copyOf(notificationRecipients);
  }

  /** A run in {@code scope} with no initial context. */
  public static RunRequest of(RunScope scope) {
    return new RunRequest(scope, Map.of(), Optional.empty(), List.of());
  }

  /** This request with {@code initialContext} set. */
  public RunRequest withInitialContext(Map<String, ?> context) {
    // the canonical constructor copies it, keeping its order (Map.copyOf would not)
    return new RunRequest(scope, new LinkedHashMap<String, Object>(context), runAs, notificationRecipients);
  }

  /** This request with {@code runAs} set to {@code email}. */
  public RunRequest withRunAs(String email) {
    return new RunRequest(scope, initialContext, Optional.of(email), notificationRecipients);
  }
}
