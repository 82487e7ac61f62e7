package dev.cortexflow.codegen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {

  @Test
  void camel_cases_snake_kebab_and_upper_case_words() {
    assertThat(Naming.lowerCamel("new_branch")).isEqualTo("newBranch");
    assertThat(Naming.lowerCamel("approvalRuleId")).isEqualTo("approvalRuleId");
    assertThat(Naming.lowerCamel("get-user-email")).isEqualTo("getUserEmail");
    assertThat(Naming.lowerCamel("API_KEY")).isEqualTo("apiKey");
    assertThat(Naming.upperCamel("func-test-gh-create-branch")).isEqualTo("FuncTestGhCreateBranch");
    assertThat(Naming.upperCamel("createBranch")).isEqualTo("CreateBranch");
  }

  @Test
  void escapes_keywords_and_leading_digits_of_member_names() {
    // given
    Naming naming = new Naming(List.of());

    // then
    assertThat(naming.allocate(Naming.lowerCamel("class"), "a")).isEqualTo("class_");
    assertThat(naming.allocate(Naming.lowerCamel("default"), "b")).isEqualTo("default_");
    assertThat(naming.allocate(Naming.lowerCamel("2fa-reset"), "c")).isEqualTo("_2faReset");
    assertThat(naming.allocate(Naming.lowerCamel("var"), "d")).isEqualTo("var");
    assertThat(naming.get("b")).isEqualTo("default_");
  }

  @Test
  void numbers_clashing_names_and_respects_reserved_ones() {
    // given
    Naming naming = new Naming(List.of("build"));

    // then
    assertThat(naming.allocate("build", "a")).isEqualTo("build2");
    assertThat(naming.allocate("deploy", "b")).isEqualTo("deploy");
    assertThat(naming.allocate("deploy", "c")).isEqualTo("deploy2");
    assertThat(naming.allocate("deploy", "d")).isEqualTo("deploy3");
  }

  @Test
  void derives_class_names_from_tags_that_are_no_java_names() {
    // given
    Naming naming = new Naming(List.of());

    // then
    assertThat(naming.allocateClassName("2fa-reset", "a")).isEqualTo("Workflow2faReset");
    assertThat(naming.allocateClassName("class", "b")).isEqualTo("ClassWorkflow");
    assertThat(naming.allocateClassName("default", "c")).isEqualTo("Default");
    assertThat(naming.allocateClassName("deploy-service", "d")).isEqualTo("DeployService");
    assertThat(naming.allocateClassName("deploy_service", "e")).isEqualTo("DeployService2");
    assertThat(naming.allocateClassName("---", "f")).isEqualTo("Workflow");
  }
}
