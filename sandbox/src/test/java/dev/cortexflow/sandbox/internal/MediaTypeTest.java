package dev.cortexflow.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MediaTypeTest {
  private static final Set<MediaType> BOTH = Set.of(MediaType.JSON, MediaType.YAML);

  @Test
  void negotiates_the_first_supported_range() {
    assertThat(MediaType.negotiate(null, BOTH)).isEqualTo(MediaType.JSON);
    assertThat(MediaType.negotiate("application/yaml", BOTH)).isEqualTo(MediaType.YAML);
    assertThat(MediaType.negotiate("text/yaml, application/json", BOTH)).isEqualTo(MediaType.YAML);
    assertThat(MediaType.negotiate("application/yaml;q=0, application/json", BOTH)).isEqualTo(MediaType.JSON);
    assertThat(MediaType.negotiate("application/*", BOTH)).isEqualTo(MediaType.JSON);
  }

  @Test
  void refuses_yaml_where_only_json_is_served() {
    assertThatThrownBy(() -> MediaType.negotiate("application/yaml", Set.of(MediaType.JSON)))
        .isInstanceOf(ApiException.class)
        .hasMessage("Accept 'application/yaml' is not supported: use application/json");
  }

  @Test
  void reads_content_types_with_parameters() {
    assertThat(MediaType.ofContentType("application/x-yaml; charset=UTF-8")).isEqualTo(MediaType.YAML);
    assertThat(MediaType.ofContentType("Application/JSON")).isEqualTo(MediaType.JSON);
    assertThat(MediaType.ofContentType("")).isEqualTo(MediaType.JSON);
  }
}
