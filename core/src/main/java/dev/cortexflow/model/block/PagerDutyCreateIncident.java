package dev.cortexflow.model.block;

import java.util.Optional;
import org.immutables.value.Value;

/** Creates a PagerDuty incident. Descriptor {@code type: PAGERDUTY_CREATE_INCIDENT}. */
@Value.Immutable
public non-sealed interface PagerDutyCreateIncident extends BlockSchema {

  /** Returns {@code PAGERDUTY_CREATE_INCIDENT}. */
  @Override
  default String type() {
    return "PAGERDUTY_CREATE_INCIDENT";
  }

  /** PagerDuty service id ({@code serviceId}). */
  String serviceId();

  /** Incident title ({@code title}). */
  String title();

  /** Incident body ({@code body}). */
  String body();

  /** Email of a valid PagerDuty user ({@code fromEmail}). */
  String fromEmail();

  /** Urgency ({@code urgency}). */
  Urgency urgency();

  /** Incident type ({@code incidentTypeName}). */
  Optional<String> incidentTypeName();

  /** Returns a new builder. */
  static ImmutablePagerDutyCreateIncident.Builder builder() {
    return ImmutablePagerDutyCreateIncident.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#pagerDutyCreateIncident pagerDutyCreateIncident} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.pagerDutyCreateIncident(this);
  }
}
