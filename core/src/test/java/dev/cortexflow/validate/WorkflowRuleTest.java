package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.branch;
import static dev.cortexflow.validate.Fixtures.jq;
import static dev.cortexflow.validate.Fixtures.path;
import static dev.cortexflow.validate.Fixtures.root;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Jq;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organisation's own rules: composed with the standard ones, sorted in, found with ServiceLoader. */
class WorkflowRuleTest {

  static final RuleCode NO_DESCRIPTION = RuleCode.of("NO_DESCRIPTION", "Every workflow says what it does.");

  /** A rule registered for ServiceLoader in the test resources. */
  public static final class DescriptionRule implements WorkflowRule {
    @Override
    public void check(RuleContext workflow, List<Violation> out) {
      if (workflow.workflow().description().isEmpty()) {
        out.add(Violation.warning(NO_DESCRIPTION, "/description", "the workflow has no description: add one"));
      }
    }
  }

  @Test
  void anOwnRuleReportsWithItsOwnCodeSortedAmongTheStandardViolations() {
    Workflow wf = workflow(root("a", "b"), jq("b"), jq("c")).build();

    ValidationReport report = WorkflowValidator.standard().with(new DescriptionRule()).validate(wf);

    assertThat(report.violations()).extracting(Violation::toString).containsExactly(
        "ERROR UNREACHABLE at /actions/2: block 'c' (actions[2]): no path from the root 'a' leads here, so it"
            + " never runs: name it in the outgoingActions of the block before it, or remove it",
        "WARNING NO_DESCRIPTION at /description: the workflow has no description: add one");
    assertThat(WorkflowValidator.standard().validate(wf).violations()).hasSize(1);
  }

  @Test
  void withLeavesTheStandardValidatorUnchanged() {
    WorkflowValidator own = WorkflowValidator.standard().with(new DescriptionRule());

    assertThat(WorkflowValidator.standard().addedRules()).isEmpty();
    assertThat(own.addedRules()).hasSize(1).first().isInstanceOf(DescriptionRule.class);
  }

  @Test
  void anOwnRuleRunsInValidateAllAndRequireValid() {
    Workflow wf = workflow(root("a")).build();
    WorkflowValidator own = WorkflowValidator.standard().with((context, out) -> out.add(Violation.error(
        RuleCode.of("ALWAYS", "Always fails."), "", "no")));

    assertThat(own.validateAll(List.of(wf)).get(0).errors()).extracting(v -> v.code().name())
        .containsExactly("ALWAYS");
    assertThatThrownBy(() -> own.requireValid(wf)).isInstanceOf(WorkflowValidationException.class)
        .hasMessageContaining("ERROR ALWAYS at /: no");
  }

  @Test
  void aRuleThatThrowsIsNamedWithTheWorkflow() {
    WorkflowRule broken = new WorkflowRule() {
      @Override
      public void check(RuleContext workflow, List<Violation> out) {
        throw new IllegalArgumentException("boom");
      }
    };

    assertThatThrownBy(() -> WorkflowValidator.standard().with(broken).validate(workflow(root("a")).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule " + broken.getClass().getName() + " failed on workflow 'wf':"
            + " java.lang.IllegalArgumentException: boom");
  }

  @Test
  void aRuleThatReportsNullIsNamed() {
    WorkflowRule nulls = new WorkflowRule() {
      @Override
      public void check(RuleContext workflow, List<Violation> out) {
        out.add(null);
      }
    };

    assertThatThrownBy(() -> WorkflowValidator.standard().with(nulls).validate(workflow(root("a")).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule " + nulls.getClass().getName() + " reported null on workflow 'wf'");
  }

  @Test
  void rulesAreFoundWithServiceLoaderThroughTheGivenClassLoader(@TempDir Path dir) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(WorkflowRule.class.getName()), "# the organisation's rules\n"
        + DescriptionRule.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      WorkflowValidator found = WorkflowValidator.standard().withRulesFrom(loader);

      assertThat(found.addedRules()).singleElement().isInstanceOf(DescriptionRule.class);
      assertThat(found.validate(workflow(root("a")).build()).violations()).extracting(v -> v.code().name())
          .containsExactly("NO_DESCRIPTION");
    }
  }

  @Test
  void aRegistrationOfAMissingClassIsAServiceConfigurationError(@TempDir Path dir) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(WorkflowRule.class.getName()), "com.example.Missing\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> WorkflowValidator.standard().withRulesFrom(loader))
          .isInstanceOf(ServiceConfigurationError.class).hasMessageContaining("com.example.Missing not found");
    }
  }

  @Test
  void noRegistrationGivesTheSameValidator(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThat(WorkflowValidator.standard().withRulesFrom(loader)).isSameAs(WorkflowValidator.standard());
    }
  }

  @Test
  void ownViolationsAreDeduplicatedAgainstViolationsFoundBefore() {
    RuleCode code = RuleCode.of("OWN", "Own.");
    WorkflowValidator own = WorkflowValidator.standard().with((c, out) -> out.add(Violation.error(code, "", "x")));

    assertThat(own.validate(workflow(root("a")).build(), List.of(Violation.error(RuleCode.of("OWN", "Own."), "",
        "found while reading"))).violations()).extracting(Violation::message).containsExactly("found while reading");
  }

  @Test
  void theContextAnswersRunOrderQuestionsOnBranches() {
    Workflow wf = workflow(branch("route", "join", path("left", "l"), path("right", "r")).withIsRootAction(true),
        jq("l", "join"), jq("r", "join"), jq("join")).build();
    RuleContext context = new RuleContext(new ValidationContext(wf));

    assertThat(context.isOrdered()).isTrue();
    assertThat(context.root()).hasValue(0);
    assertThat(context.successors(0)).containsExactly(1, 2);
    assertThat(context.alwaysRunsBefore(0, 3)).isTrue();
    assertThat(context.alwaysRunsBefore(1, 3)).isFalse();
    assertThat(context.reaches(1, 3)).isTrue();
    assertThat(context.reaches(1, 2)).isFalse();
    assertThat(context.pathFromRootAvoiding(3, i -> i == 1)).contains(List.of(0, 2, 3));
    assertThat(context.pathFromRootAvoiding(3, i -> i == 1 || i == 2)).isEmpty();
    assertThat(context.pathFromRootAvoiding(0, i -> true)).contains(List.of(0));
    assertThat(context.indexOf("join")).hasValue(3);
    assertThat(context.indexOf("nope")).isEmpty();
    assertThat(context.label(3)).isEqualTo("block 'join' (actions[3])");
    assertThat(context.pointer(3)).isEqualTo("/actions/3");
  }

  @Test
  void theContextFindsReferencesInEveryBlockAndTemplate() {
    Workflow wf = workflow(root("a", "b"), Fixtures.block("b", Jq.of(".actions.a.outputs | .variables.v")))
        .runResponseTemplate("{{actions.b.outputs}}").build();
    RuleContext context = new RuleContext(new ValidationContext(wf));

    assertThat(context.references()).extracting(r -> r.pointer() + " " + r.reference().statePath())
        .containsExactly("/runResponseTemplate actions.b.outputs", "/actions/1/schema/expression actions.a.outputs",
            "/actions/1/schema/expression variables.v");
    assertThat(context.references(1)).hasSize(2);
    assertThat(context.references(0)).isEmpty();
  }

  @Test
  void runOrderQuestionsOnACycleSayWhatToCheckFirst() {
    RuleContext context = new RuleContext(new ValidationContext(workflow(root("a", "b"), jq("b", "a")).build()));

    assertThat(context.isOrdered()).isFalse();
    assertThat(context.reaches(1, 0)).isTrue();
    assertThatThrownBy(() -> context.alwaysRunsBefore(0, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("run order is unknown for block 'a' (actions[0]): the graph needs one root, no cycle and the"
            + " block reachable (check isOrdered() and isReachable() first)");
    assertThatThrownBy(() -> context.label(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("block index 2 is not in actions[0..2)");
  }

  @Test
  void everyQuestionAboutABlockRefusesAnIndexOutsideTheActions() {
    RuleContext context = new RuleContext(new ValidationContext(workflow(root("a", "b"), jq("b")).build()));
    Map<String, java.util.function.IntConsumer> questions = new java.util.LinkedHashMap<>();
    questions.put("pointer", context::pointer);
    questions.put("label", context::label);
    questions.put("successors", context::successors);
    questions.put("isReachable", context::isReachable);
    questions.put("reaches from", i -> context.reaches(i, 0));
    questions.put("reaches to", i -> context.reaches(0, i));
    questions.put("alwaysRunsBefore first", i -> context.alwaysRunsBefore(i, 0));
    questions.put("alwaysRunsBefore then", i -> context.alwaysRunsBefore(0, i));
    questions.put("pathFromRootAvoiding", i -> context.pathFromRootAvoiding(i, x -> false));
    questions.put("references", context::references);

    questions.forEach((name, question) -> {
      for (int index : new int[] {-1, 2}) {
        assertThatThrownBy(() -> question.accept(index)).as(name + "(" + index + ")")
            .isInstanceOf(IndexOutOfBoundsException.class)
            .hasMessage("block index " + index + " is not in actions[0..2)");
      }
      question.accept(1);
    });
  }

  @Test
  void runOrderQuestionsOnAnUnreachableBlockSayWhatToCheckFirst() {
    RuleContext context = new RuleContext(new ValidationContext(workflow(root("a"), jq("island")).build()));

    assertThat(context.isOrdered()).isTrue();
    assertThat(context.isReachable(0)).isTrue();
    assertThat(context.isReachable(1)).isFalse();
    assertThat(context.indexOf("a")).hasValue(0);
    String unknown = "run order is unknown for block 'island' (actions[1]): the graph needs one root, no cycle and"
        + " the block reachable (check isOrdered() and isReachable() first)";
    assertThatThrownBy(() -> context.alwaysRunsBefore(0, 1)).hasMessage(unknown);
    assertThatThrownBy(() -> context.alwaysRunsBefore(1, 0)).hasMessage(unknown);
    assertThatThrownBy(() -> context.pathFromRootAvoiding(1, x -> false)).hasMessage(unknown);
  }

  @Test
  void ownCodesAreUpperCaseAndNeverOneOfCortexflows() {
    assertThat(RuleCode.of("APPROVAL_BEFORE_PRODUCTION", "Approve first.").name())
        .isEqualTo("APPROVAL_BEFORE_PRODUCTION");
    assertThat(RuleCode.of("A1", "x")).isEqualTo(RuleCode.of("A1", "x")).hasToString("A1");
    assertThatThrownBy(() -> RuleCode.of("approval", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code 'approval' is not valid: use upper-case letters, digits and underscores, starting with a"
            + " letter, e.g. APPROVAL_BEFORE_PRODUCTION");
    assertThatThrownBy(() -> RuleCode.of("CYCLE", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code 'CYCLE' is one of cortexflow's own codes: give the rule a code of its own");
    assertThatThrownBy(() -> RuleCode.of("OWN", "two\nlines")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the help of code 'OWN' must be one line of text");
    assertThatThrownBy(() -> RuleCode.of("OWN", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyStandardCodeHasOneLineOfHelp() {
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(code.help()).as(code.name()).isNotBlank().doesNotContain("\n").endsWith(".");
    }
  }
}
