package dev.cortexflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CortexClientBuilderTest {

  @Test
  void defaults_to_the_cortex_host() {
    CortexClient client = CortexClient.builder().environment(Map.<String, String>of()::get).build();
    assertThat(client.baseUrl()).isEqualTo("https://api.getcortexapp.com");
  }

  @Test
  void takes_the_url_from_cortex_api_url() {
    CortexClient client = CortexClient.builder()
        .environment(Map.of("CORTEX_API_URL", "http://localhost:8080/")::get).build();
    assertThat(client.baseUrl()).isEqualTo("http://localhost:8080");
    assertThat(client).hasToString("CortexClient[http://localhost:8080]");
  }

  @Test
  void rejects_a_url_that_is_not_http() {
    assertThatThrownBy(() -> CortexClient.builder().baseUrl("ftp://x"))
        .hasMessage("base URL 'ftp://x' is not valid: use http(s)://host[:port]");
  }

  @Test
  void detects_the_descriptor_format() {
    assertThat(DescriptorFormat.detect("\n  {\"a\":1}")).isEqualTo(DescriptorFormat.JSON);
    assertThat(DescriptorFormat.detect("name: x")).isEqualTo(DescriptorFormat.YAML);
  }
}
