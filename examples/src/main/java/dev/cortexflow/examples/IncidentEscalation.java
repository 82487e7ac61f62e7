package dev.cortexflow.examples;

import static dev.cortexflow.dsl.Blocks.asyncHttpRequest;
import static dev.cortexflow.dsl.Blocks.branch;
import static dev.cortexflow.dsl.Blocks.jira;
import static dev.cortexflow.dsl.Blocks.jq;
import static dev.cortexflow.dsl.Blocks.msTeams;
import static dev.cortexflow.dsl.Blocks.pagerDuty;
import static dev.cortexflow.dsl.Blocks.slack;
import static dev.cortexflow.expr.Expr.callbackUrl;
import static dev.cortexflow.expr.Expr.context;
import static dev.cortexflow.expr.Expr.rawTemplate;
import static dev.cortexflow.expr.Expr.secretRef;
import static dev.cortexflow.expr.Expr.template;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.JqBlock;
import dev.cortexflow.expr.Cel;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.Urgency;
import java.util.Map;

/**
 * Escalates an incident raised by an alerting system through the Runs API: a SEV1 pages the on-call engineer
 * and alerts the incident channel in Microsoft Teams, anything else becomes a Jira ticket; then the status page is
 * updated (the status page service calls back once published) and Slack gets a summary. Runs without any human
 * step, so it can run end to end on the sandbox.
 */
public final class IncidentEscalation implements WorkflowSource {

  /** Creates the source; needs nothing. */
  public IncidentEscalation() {}

  @Override
  public Workflow workflow() {
    Var<String> service = Var.string("service").defaultValue("payments-api").description("Affected service tag");
    Var<String> severity = Var.string("severity").defaultValue("SEV2").description("SEV1, SEV2 or SEV3");
    Var<String> summary = Var.string("summary").defaultValue("Elevated error rate")
        .description("One line describing the impact");
    JqBlock triage = jq("triage", "Triage", """
        {service: %s, severity: (%s | ascii_upcase), summary: %s, reportedBy: %s}
        """.formatted(service.ref().jq(), severity.ref().jq(), summary.ref().jq(),
        context().initiatedBy().email().jq()).strip());
    return Workflows.workflow("incident-escalation", "Escalate an incident")
        .global()
        .startWith(triage, start -> start
            .then(branch("by-severity", "By severity")
                .when("sev1", "SEV1", Cel.eq(triage.output("result").field("severity"), "SEV1"), p -> p
                    .then(pagerDuty("page-on-call", "Page on-call", "PABC123",
                        template("[SEV1] {}: {}", service, summary),
                        template("Reported by {} (run {})", context().initiatedBy().email(), context().workflowRunId()),
                        "incident-bot@acme.example.com", Urgency.HIGH)
                        .incidentTypeName("major-incident"))
                    .then(msTeams("alert-incident-room", "Alert incident room", "incident-team-id",
                        "incident-channel-id", template("SEV1 on {}: {}. On-call has been paged.", service, summary))))
                .otherwise("lower", "SEV2 and lower", p -> p
                    .then(jira("ticket", "Open ticket", "OPS", "Incident",
                        template("[{}] {}: {}", severity, service, summary),
                        template("Reported by {} through Cortex run {}.", context().initiatedBy().email(),
                            context().workflowRunId()))
                        .alias("acme-jira")
                        .labels("incident", "cortex")
                        .components("platform")
                        .priority("High")
                        .field("customfield_10010", Map.of("value", rawTemplate("{}", service)))))
                .joinAt(asyncHttpRequest("update-status-page", "Update status page", HttpMethod.POST,
                    "https://status.acme.example.com/api/incidents")
                    .header("Authorization", rawTemplate("Bearer {}", secretRef("statuspage-token")))
                    .header("Content-Type", "application/json")
                    .payload(rawTemplate("{\"component\": \"{}\", \"title\": \"{}\", \"callbackUrl\": \"{}\"}",
                        service, summary, callbackUrl()))
                    .timeoutInSeconds(300)))
            .then(slack("summary", "Post summary", "incidents",
                template("{} incident on {} escalated: {}", severity, service, summary))))
        .description("Pages, tickets and publishes an incident raised by an alerting system.")
        .variables(service, severity, summary)
        .runnableViaApi()
        .restrictRunToTeams("sre-team")
        .runResponseTemplate(template("Incident on **{}** escalated ({}).", service, severity))
        .failedRunResponseTemplate(template("Escalation for {} failed; page the on-call manually.", service))
        .build();
  }
}
