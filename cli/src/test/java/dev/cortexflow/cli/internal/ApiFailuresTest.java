package dev.cortexflow.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.CortexApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiFailuresTest {

  @Test
  void a_token_rejected_without_a_reason_is_said_once_with_what_to_check_and_exits_3() {
    CliException failure = ApiFailures.translate(new CortexApiException.Unauthorized("POST",
        "/api/v1/workflows/deploy/runs", "", "the API token was rejected")).orElseThrow();

    assertThat(failure.getMessage()).isEqualTo("[401] POST /api/v1/workflows/deploy/runs: the API token was rejected:"
        + " check CORTEX_API_TOKEN or --token-file");
    assertThat(failure.exitCode()).isEqualTo(3);
  }

  @Test
  void a_token_rejected_with_the_servers_reason_keeps_it_and_says_rejected_once() {
    CliException failure = ApiFailures.translate(new CortexApiException.Unauthorized("GET", "/api/v1/workflows",
        "{}", "Token expired")).orElseThrow();

    assertThat(failure.getMessage()).isEqualTo("[401] GET /api/v1/workflows: Token expired (the API token was"
        + " rejected: check CORTEX_API_TOKEN or --token-file)");
  }

  @Test
  void every_server_failure_exits_3_and_a_rejected_definition_exits_1() {
    List<CortexApiException> failures = List.of(
        new CortexApiException.Unauthorized("GET", "/p", "", "no"),
        new CortexApiException.Forbidden("GET", "/p", "", "no"),
        new CortexApiException.NotFound("GET", "/p", "", "no"),
        new CortexApiException.ServerError(503, "GET", "/p", "", "no"),
        new CortexApiException.Unreachable("GET", "/p", "cannot connect", true, null),
        new CortexApiException.DefinitionRejected("POST", "/p", "", "one root", List.of()));

    assertThat(failures).extracting(f -> ApiFailures.translate(f).orElseThrow().exitCode())
        .containsExactly(3, 3, 3, 3, 3, 1);
  }
}
