package dev.cortexflow.examples.runs;

import static dev.cortexflow.testing.CortexflowAssertions.assertThat;

import dev.cortexflow.engine.Answer;
import dev.cortexflow.examples.IncidentEscalation;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.testing.WorkflowRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the logic of {@link IncidentEscalation}: SEV1 pages, anything else opens a ticket. */
class IncidentEscalationRunTest {
  private static final Workflow INCIDENT = new IncidentEscalation().workflow();

  private static WorkflowRun incident(String severity) {
    return WorkflowRun.of(INCIDENT)
        .initiatedBy(Map.of("email", "sre@acme.example.com", "name", "SRE"))
        .initialContext("severity", severity)
        .secret("statuspage-token", "sp")
        .answer("page-on-call", Answer.outputs(Map.of("incidentId", "P1")))
        .answer("alert-incident-room", Answer.outputs(Map.of()))
        .answer("ticket", Answer.outputs(Map.of("key", "OPS-7")))
        .answer("update-status-page", Answer.http(202).withCallback("SUCCESS", Map.of("page", "sp-1")))
        .answer("summary", Answer.outputs(Map.of()));
  }

  @Test
  void aSev1PagesTheOnCallAndAlertsTheRoom() {
    assertThat(incident("sev1").run())
        .isCompleted()
        .executed("triage", "by-severity", "page-on-call", "alert-incident-room", "update-status-page", "summary")
        .didNotExecute("ticket")
        .hasOutputs("triage", Map.of("result", Map.of("severity", "SEV1", "reportedBy", "sre@acme.example.com")))
        .hasOutputs("update-status-page", Map.of("result", Map.of("output", Map.of("page", "sp-1"))))
        .hasRunResponse("Incident on **payments-api** escalated (sev1).")
        .request("page-on-call")
        .hasField("title", "[SEV1] payments-api: Elevated error rate")
        .hasField("body", "Reported by sre@acme.example.com (run local-run-1)")
        .hasField("urgency", "HIGH");
  }

  @Test
  void aLowerSeverityOpensATicketInstead() {
    assertThat(incident("SEV3").run())
        .isCompleted()
        .executed("triage", "by-severity", "ticket", "update-status-page", "summary")
        .didNotExecute("page-on-call", "alert-incident-room")
        .request("ticket")
        .hasField("issueSummary", "[SEV3] payments-api: Elevated error rate")
        .hasField("labels", List.of("incident", "cortex"))
        .hasField("fields", Map.of("customfield_10010", Map.of("value", "payments-api")));
  }

  @Test
  void whenPagerDutyFailsTheFailedResponseTellsPeopleToPageManually() {
    assertThat(incident("SEV1").answer("page-on-call", Answer.error("PagerDuty answered 401")).run())
        .failedWith("block 'page-on-call' (PAGERDUTY_CREATE_INCIDENT): PagerDuty answered 401")
        .hasRunResponse("Escalation for payments-api failed; page the on-call manually.")
        .didNotExecute("update-status-page");
  }

  @Test
  void theStatusPageUpdateCarriesItsCallbackUrl() {
    assertThat(incident("SEV2").answer("update-status-page", Answer.http(202)).run())
        .isPausedAt("update-status-page")
        .request("update-status-page")
        .hasJsonBody(Map.of("component", "payments-api", "callbackUrl",
            "https://api.getcortexapp.com/api/v1/workflows/incident-escalation/callback/"
                + "bG9jYWwtcnVuLTEjdXBkYXRlLXN0YXR1cy1wYWdl"))
        .hasHeader("Authorization", "Bearer sp");
  }
}
