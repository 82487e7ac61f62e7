package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Variable;
import dev.cortexflow.model.VariableType;
import dev.cortexflow.model.block.Jq;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The characters Cortex accepts in names, at the edges of each range: a tag, a variable slug and a block slug made
 * of the first and last letters and digits are accepted; the characters just outside each range are not; a slug
 * of the right characters that is not kebab-case is only unusual.
 */
class SlugCharactersTest {

  @ParameterizedTest(name = "tag ''{0}'' valid: {1}")
  @CsvSource({"az-09, true", "AZ, true", "a_b, false", "a@, false", "a[, false", "a`, false", "a{, false",
      "a/, false", "a:, false"})
  void a_tag_uses_letters_digits_and_hyphens(String tag, boolean valid) {
    var wf = workflow(block("only", Jq.of(".")).withIsRootAction(true)).tag(tag);

    assertThat(violations(wf, ViolationCode.INVALID_VALUE)).isEqualTo(valid ? java.util.List.of()
        : java.util.List.of(Violation.error(ViolationCode.INVALID_VALUE, "/tag",
            "tag '" + tag + "' is not valid: use letters, digits and hyphens")));
  }

  @ParameterizedTest(name = "variable ''{0}'' valid: {1}")
  @CsvSource({"az-09, true", "A, false", "Z, false", "a_b, false", "a`, false", "a{, false", "a/, false",
      "a:, false"})
  void a_variable_slug_uses_lowercase_letters_digits_and_hyphens(String slug, boolean valid) {
    var wf = workflow(block("only", Jq.of(".")).withIsRootAction(true))
        .addVariables(Variable.builder().slug(slug).type(VariableType.STRING).build());

    assertThat(violations(wf, ViolationCode.INVALID_VALUE)).isEqualTo(valid ? java.util.List.of()
        : java.util.List.of(Violation.error(ViolationCode.INVALID_VALUE, "/variables/0/slug", "variable '" + slug
            + "' (variables[0]): slug is not valid: use lowercase letters, digits and hyphens")));
  }

  @ParameterizedTest(name = "block ''{0}'': {1}")
  @CsvSource({"az-09, ok", "a-z, ok", "-a, unusual", "a-, unusual", "a--b, unusual", "AZ, invalid",
      "a_z, invalid", "a@, invalid", "a[, invalid", "a`, invalid", "a{, invalid", "a/, invalid", "a:, invalid",
      "a^, invalid"})
  void a_block_slug_uses_lowercase_letters_digits_and_hyphens(String slug, String verdict) {
    var wf = workflow(block(slug, Jq.of(".")).withIsRootAction(true));
    String label = "block '" + slug + "' (actions[0]): ";

    assertThat(violations(wf, ViolationCode.INVALID_VALUE)).isEqualTo(switch (verdict) {
      case "ok" -> java.util.List.of();
      case "unusual" -> java.util.List.of(Violation.warning(ViolationCode.INVALID_VALUE, "/actions/0/slug", label
          + "slug is not lowercase kebab-case: use lowercase letters and digits separated by single hyphens"));
      default -> java.util.List.of(Violation.error(ViolationCode.INVALID_VALUE, "/actions/0/slug", label
          + "slug is not valid: use lowercase letters, digits and hyphens"));
    });
  }
}
