package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthTest {

  @Test
  void any_non_empty_bearer_token_is_accepted_by_default() {
    try (CortexSandbox sandbox = CortexSandbox.startDefault()) {
      assertThat(new Api(sandbox.url(), "whatever").get("/api/v1/workflows").status()).isEqualTo(200);
    }
  }

  @Test
  void a_request_without_token_is_401() {
    try (CortexSandbox sandbox = CortexSandbox.startDefault()) {
      Api.Response response = new Api(sandbox.url(), null).get("/api/v1/workflows");

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(response.json().path("message").asText())
          .isEqualTo("Missing bearer token: send 'Authorization: Bearer <token>'");
    }
  }

  @Test
  void a_blank_token_or_another_scheme_is_401() {
    try (CortexSandbox sandbox = CortexSandbox.startDefault()) {
      Api api = new Api(sandbox.url(), null);

      Api.Response blank = api.send(api.request("/api/v1/workflows").header("Authorization", "Bearer  "));
      Api.Response basic = api.send(api.request("/api/v1/workflows").header("Authorization", "Basic dTpw"));

      assertThat(blank.status()).isEqualTo(401);
      assertThat(basic.status()).isEqualTo(401);
    }
  }

  @Test
  void a_configured_token_is_required_and_another_is_403() {
    try (CortexSandbox sandbox = CortexSandbox.builder().token("s3cr3t-token").build().start()) {
      Api.Response right = new Api(sandbox.url(), "s3cr3t-token").get("/api/v1/workflows");
      Api.Response wrong = new Api(sandbox.url(), "other").get("/api/v1/workflows");
      Api.Response none = new Api(sandbox.url(), null).get("/api/v1/workflows");

      assertThat(right.status()).isEqualTo(200);
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(wrong.json().path("message").asText()).isEqualTo("The bearer token is not valid for this workspace");
      assertThat(none.status()).isEqualTo(401);
      assertThat(wrong.body() + none.body() + sandbox).doesNotContain("s3cr3t");
    }
  }

  @Test
  void the_token_appears_in_no_answer_and_no_recorded_request() {
    try (CortexSandbox sandbox = CortexSandbox.builder().token("s3cr3t-token").build().start()) {
      Api api = new Api(sandbox.url(), "s3cr3t-token");
      StringBuilder everything = new StringBuilder();
      everything.append(api.postJson("/api/v1/workflows", Workflows.global("a", "A")).body());
      everything.append(api.get("/api/v1/workflows/a", "application/yaml").body());
      everything.append(api.get("/api/v1/workflows/missing").body());
      everything.append(new Api(sandbox.url(), "s3cr3t-token-2").get("/api/v1/workflows").body());

      assertThat(everything.toString() + sandbox.recordedRequests() + sandbox).doesNotContain("s3cr3t");
    }
  }
}
