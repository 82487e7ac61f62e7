package dev.cortexflow.cloudflare;

import dev.cortexflow.model.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * What to start an instance with: the body of {@code POST .../instances} and of each entry of the batch call.
 *
 * <pre class="compilable">{@code
 * InstanceRequest.withParams(JsonValue.object("service", "payments")).withId("migrate-42").retainingErrors("30 days")
 * }</pre>
 *
 * @param instanceId the instance id to use ({@code instance_id}, 1 to 100 characters); empty lets Cloudflare pick
 * @param params the event payload the Workflow's {@code run} receives ({@code params}); empty sends none
 * @param successRetention how long a complete instance is kept ({@code instance_retention.success_retention}),
 *     e.g. {@code 7 days}
 * @param errorRetention how long an errored instance is kept ({@code instance_retention.error_retention})
 */
public record InstanceRequest(Optional<String> instanceId, Optional<JsonValue> params,
    Optional<String> successRetention, Optional<String> errorRetention) {

  /** The longest instance id the API accepts. */
  public static final int MAX_ID_LENGTH = 100;

  /** Checks the components. */
  public InstanceRequest {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(successRetention, "successRetention");
    Objects.requireNonNull(errorRetention, "errorRetention");
    instanceId.ifPresent(InstanceRequest::checkId);
  }

  /** No id, no params, the account's retention. */
  public static InstanceRequest empty() {
    return new InstanceRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Starts with {@code params} ({@code params}): plain Java data or a {@link JsonValue}. */
  public static InstanceRequest withParams(Object params) {
    return empty().params(params);
  }

  /** This request with {@code params} ({@code params}). */
  public InstanceRequest params(Object params) {
    return new InstanceRequest(instanceId, Optional.of(JsonValue.from(params)), successRetention, errorRetention);
  }

  /** This request with the instance id {@code id} ({@code instance_id}). */
  public InstanceRequest withId(String id) {
    return new InstanceRequest(Optional.of(id), params, successRetention, errorRetention);
  }

  /** This request keeping a complete instance for {@code duration} ({@code instance_retention.success_retention}). */
  public InstanceRequest retainingSuccesses(String duration) {
    return new InstanceRequest(instanceId, params, Optional.of(duration), errorRetention);
  }

  /** This request keeping an errored instance for {@code duration} ({@code instance_retention.error_retention}). */
  public InstanceRequest retainingErrors(String duration) {
    return new InstanceRequest(instanceId, params, successRetention, Optional.of(duration));
  }

  static String checkId(String id) {
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("instance id '" + id + "' is not valid: use 1 to " + MAX_ID_LENGTH
          + " characters");
    }
    return id;
  }
}
