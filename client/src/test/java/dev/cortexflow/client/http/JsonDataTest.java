package dev.cortexflow.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDataTest {

  @Test
  void converts_every_json_kind_and_keeps_every_digit_of_a_number() {
    // when
    JsonValue v = JsonData.of(JsonData.parse("{\"s\":\"x\",\"n\":0.1,\"big\":12345678901234567890,\"b\":false,"
        + "\"z\":null,\"a\":[1,{}]}"));

    // then
    assertThat(v).isEqualTo(JsonValue.object("s", "x", "n", new BigDecimal("0.1"), "big",
        new BigDecimal("12345678901234567890"), "b", false, "z", null, "a", List.of(1, JsonValue.object(java.util.Map.of()))));
    assertThat(JsonData.write(v)).isEqualTo("{\"s\":\"x\",\"n\":0.1,\"big\":12345678901234567890,\"b\":false,"
        + "\"z\":null,\"a\":[1,{}]}");
  }

  @Test
  void says_why_a_body_is_not_json() {
    assertThatThrownBy(() -> JsonData.parse("")).hasMessage("response body is empty");
    assertThatThrownBy(() -> JsonData.parse("<html>"))
        .hasMessageStartingWith("response body is not JSON: Unexpected character ('<'");
  }
}
