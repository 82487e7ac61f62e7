package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.PagerDutyCreateIncident;
import dev.cortexflow.model.block.Urgency;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code PAGERDUTY_CREATE_INCIDENT} block: opens a PagerDuty incident. Create it with
 * {@link Blocks#pagerDuty(String, String, String, CharSequence, CharSequence, String, Urgency)}.
 */
public final class PagerDutyBlock extends BlockSpec<PagerDutyBlock> {

  private final String serviceId;
  private final String title;
  private final String body;
  private final String fromEmail;
  private final Urgency urgency;
  private Optional<String> incidentTypeName = Optional.empty();

  PagerDutyBlock(String slug, String name, String serviceId, CharSequence title, CharSequence body, String fromEmail,
      Urgency urgency) {
    super(slug, name);
    this.serviceId = Objects.requireNonNull(serviceId, "serviceId");
    this.title = Objects.requireNonNull(title, "title").toString();
    this.body = Objects.requireNonNull(body, "body").toString();
    this.fromEmail = Objects.requireNonNull(fromEmail, "fromEmail");
    this.urgency = Objects.requireNonNull(urgency, "urgency");
  }

  /** Sets the incident type ({@code incidentTypeName}). */
  public PagerDutyBlock incidentTypeName(String type) {
    incidentTypeName = Optional.of(set("incidentTypeName", type));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return PagerDutyCreateIncident.builder().serviceId(serviceId).title(title).body(body).fromEmail(fromEmail)
        .urgency(urgency).incidentTypeName(incidentTypeName).putAllExtensions(customFields()).build();
  }
}
