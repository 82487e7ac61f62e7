package dev.cortexflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the scanner finds in a string, with exact spans, at the edges of each form: at the start and the end of the
 * text, unclosed, and with the first and last characters that may (or may not) be part of a name. Each row prints
 * the references as {@code KIND name [path] SYNTAX start-end}.
 */
class ReferenceSyntaxTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        // Mustache
        Arguments.of("{{{callbackUrl}}}", List.of("CALLBACK_URL callbackUrl [] MUSTACHE_RAW 0-17")),
        Arguments.of("{{callbackUrl}}", List.of("CALLBACK_URL callbackUrl [] MUSTACHE 0-15")),
        Arguments.of("a {{ variables.env }}", List.of("VARIABLE env [] MUSTACHE 2-21")),
        Arguments.of("{{&context.secrets.token}}", List.of("SECRET token [] MUSTACHE_RAW 0-26")),
        Arguments.of("{{#context.initiatedBy.roles}}x{{/context.initiatedBy.roles}}",
            List.of("CONTEXT initiatedBy [roles] MUSTACHE_SECTION 0-30")),
        Arguments.of("{{^variables.flag}}{{! variables.note }}{{> variables.partial}}{{=<% %>=}}",
            List.of("VARIABLE flag [] MUSTACHE_SECTION 0-19")),
        Arguments.of("{{context.secrets}}", List.of("CONTEXT secrets [] MUSTACHE 0-19")),
        Arguments.of("{{}} {{ }} {{name}} {{actions..x}} {{actions.a b}}", List.of()),
        // an unclosed tag is no tag: what follows its braces is read as CEL
        Arguments.of("unclosed {{variables.a", List.of("VARIABLE a [] CEL_JS 11-22")),
        Arguments.of("unclosed {{{variables.a}} then {{variables.b}}",
            List.of("VARIABLE a [] CEL_JS 12-23", "VARIABLE b [] MUSTACHE 31-46")),
        Arguments.of("ends with a brace {", List.of()),
        Arguments.of("ends with braces {{", List.of()),
        Arguments.of("ends with three {{{", List.of()),
        // JQ
        Arguments.of(".actions.a.outputs", List.of("ACTION a [outputs] JQ 0-18")),
        Arguments.of("x | .actions.\"get-file\".outputs.body",
            List.of("ACTION get-file [outputs, body] JQ 4-36")),
        Arguments.of(".variables[\"env\"]", List.of("VARIABLE env [] JQ 0-17")),
        Arguments.of(".actions.[\"a\"].outputs", List.of("ACTION a [outputs] JQ 0-22")),
        Arguments.of(".actions.\"a", List.of()),
        Arguments.of(".actions.", List.of()),
        Arguments.of("$j.actions.a.outputs", List.of()),
        // CEL and JavaScript
        Arguments.of("actions[\"a\"].outputs.ok", List.of("ACTION a [outputs, ok] CEL_JS 0-23")),
        Arguments.of("(variables.env)", List.of("VARIABLE env [] CEL_JS 1-14")),
        Arguments.of("variables['x']", List.of("VARIABLE x [] CEL_JS 0-14")),
        Arguments.of("actions[\"a\"][\" variables.b\"]", List.of("ACTION a [ variables.b] CEL_JS 0-28")),
        Arguments.of("actions[\"a\"", List.of()),
        Arguments.of("actions[\"a\"x", List.of()),
        Arguments.of("actions[", List.of()),
        Arguments.of("actions[x]", List.of()),
        Arguments.of("actions", List.of()),
        Arguments.of("variables.", List.of()),
        Arguments.of("obj.actions.a github-actions.yml", List.of()),
        Arguments.of("context.entity.tag", List.of("CONTEXT entity [tag] CEL_JS 0-18")),
        Arguments.of("context.secrets.k", List.of("SECRET k [] CEL_JS 0-17")),
        Arguments.of("other.x", List.of()),
        // the first and last characters of a name
        Arguments.of("variables.a variables.z variables.A variables.Z", List.of("VARIABLE a [] CEL_JS 0-11",
            "VARIABLE z [] CEL_JS 12-23", "VARIABLE A [] CEL_JS 24-35", "VARIABLE Z [] CEL_JS 36-47")),
        Arguments.of("variables._ variables.$", List.of("VARIABLE _ [] CEL_JS 0-11",
            "VARIABLE $ [] CEL_JS 12-23")),
        Arguments.of("variables.x0 variables.x9", List.of("VARIABLE x0 [] CEL_JS 0-12",
            "VARIABLE x9 [] CEL_JS 13-25")),
        Arguments.of("variables.@ variables.[ variables.` variables.{ variables.0", List.of()),
        Arguments.of("variables.x/ variables.y: variables.z@", List.of("VARIABLE x [] CEL_JS 0-11",
            "VARIABLE y [] CEL_JS 13-24", "VARIABLE z [] CEL_JS 26-37")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void finds_exactly_these_references(String text, List<String> expected) {
    assertThat(ReferenceScanner.scan(text)).extracting(r -> r.kind() + " " + r.name() + " " + r.path() + " "
        + r.syntax() + " " + r.start() + "-" + r.end()).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> statePaths() {
    return Stream.of(
        Arguments.of("actions.parse.outputs.result", "ACTION parse [outputs, result] STATE_PATH 0-28"),
        Arguments.of("  variables.github-owner ", "VARIABLE github-owner [] STATE_PATH 2-24"),
        Arguments.of("context.secrets.token", "SECRET token [] STATE_PATH 0-21"),
        Arguments.of("variables", null),
        Arguments.of("variables.", null),
        Arguments.of("variables..x", null),
        Arguments.of("variables.a b", null),
        Arguments.of("", null),
        Arguments.of("items.x", null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("statePaths")
  void reads_a_whole_string_as_a_state_path(String path, String expected) {
    assertThat(ReferenceScanner.scanStatePath(path).map(r -> r.kind() + " " + r.name() + " " + r.path() + " "
        + r.syntax() + " " + r.start() + "-" + r.end())).isEqualTo(java.util.Optional.ofNullable(expected));
  }
}
