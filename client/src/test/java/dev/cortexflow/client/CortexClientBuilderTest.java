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
  void refuses_a_url_with_user_info_without_repeating_it() {
    for (String url : new String[] {"http://user:s3cr3t-t0ken@localhost:8080", "https://s3cr3t-t0ken@api.example.com/",
        "http://user:s3cr3t t0ken@host", "ftp://me:s3cr3t-t0ken@x"}) {
      assertThatThrownBy(() -> CortexClient.builder().baseUrl(url)).as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("base URL holds a user name or password (user:secret@host): give the URL without it; the API"
              + " token is sent as a bearer header");
    }
  }

  @Test
  void keeps_an_at_sign_in_the_path_or_query() {
    assertThat(CortexClient.builder().baseUrl("http://localhost:8080/@team").build().baseUrl())
        .isEqualTo("http://localhost:8080/@team");
  }

  @Test
  void a_token_with_a_line_break_fails_before_sending_without_showing_the_token() throws Exception {
    try (MockApi api = new MockApi()) {
      CortexClient client = api.builder().token(() -> "s3cr3t-part-one\r\ns3cr3t-part-two").build();

      assertThatThrownBy(() -> client.getWorkflowText("deploy", DescriptorFormat.YAML))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the API token contains a line break or a control character");
      assertThat(api.server.getRequestCount()).isZero();
    }
  }

  @Test
  void detects_the_descriptor_format() {
    assertThat(DescriptorFormat.detect("\n  {\"a\":1}")).isEqualTo(DescriptorFormat.JSON);
    assertThat(DescriptorFormat.detect("name: x")).isEqualTo(DescriptorFormat.YAML);
  }
}
