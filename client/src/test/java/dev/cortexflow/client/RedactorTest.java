package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.client.http.Redactor;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void removes_the_token_and_bearer_credentials_but_keeps_prose() {
    Redactor redactor = new Redactor(() -> "abc123secret");
    assertThat(redactor.redact("token abc123secret rejected")).isEqualTo("token <redacted> rejected");
    assertThat(redactor.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"))
        .isEqualTo("Authorization: Bearer <redacted>");
    assertThat(redactor.redact("The bearer token is not valid")).isEqualTo("The bearer token is not valid");
  }

  @Test
  void leaves_text_alone_when_the_token_is_too_short_to_tell_from_text() {
    assertThat(new Redactor(() -> "t").redact("not found")).isEqualTo("not found");
    assertThat(new Redactor(() -> null).redact("x")).isEqualTo("x");
  }
}
