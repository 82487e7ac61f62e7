package dev.cortexflow.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.Workflows;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  static final EnvironmentValue<String> CHANNEL = EnvironmentValue.string("deploy-channel");
  static final EnvironmentValue<List<String>> TEAMS = EnvironmentValue.strings("runner-teams");
  static final EnvironmentValue<Integer> TIMEOUT = EnvironmentValue.integer("timeout");

  /** Announces in the environment's channel. */
  public static final class Announce implements WorkflowSource {
    @Override
    public List<Workflow> workflows(Environment env) {
      return List.of(Workflows.workflow("announce", "Announce").global()
          .startWith(Blocks.slack("say", "Say", env.get(CHANNEL), "hi")).build());
    }
  }

  /** Reads its channel inside the flow, where the DSL knows which workflow is being built. */
  public static final class AnnounceTwice implements WorkflowSource {
    @Override
    public List<Workflow> workflows(Environment env) {
      return List.of(Workflows.workflow("announce-twice", "Announce twice").global()
          .startWith(Blocks.slack("say", "Say", "general", "hi"),
              say -> say.then(Blocks.slack("again", "Again", env.get(CHANNEL), "hi")))
          .build());
    }
  }

  @Test
  void aMissingValueReadInsideAFlowNamesTheWorkflowsTagAndItsSource() {
    assertThatThrownBy(() -> WorkflowEnvironments.workflowsOf(new AnnounceTwice(), Environment.named("qa").build()))
        .isInstanceOf(MissingEnvironmentValueException.class)
        .hasMessage("environment 'qa' gives no value 'deploy-channel' (String), which workflow 'announce-twice' of"
            + " dev.cortexflow.env.EnvironmentTest$AnnounceTwice reads: give it in the declaration of environment"
            + " 'qa'")
        .satisfies(e -> {
          MissingEnvironmentValueException missing = (MissingEnvironmentValueException) e;
          assertThat(missing.workflow()).contains("announce-twice");
          assertThat(missing.reader()).contains("dev.cortexflow.env.EnvironmentTest$AnnounceTwice");
        });
  }

  @Test
  void aWorkflowNamedOnceStaysNamedWhenAnOuterFlowSeesTheFailure() {
    Environment qa = Environment.named("qa").build();
    MissingEnvironmentValueException inner = new MissingEnvironmentValueException("qa",
        CHANNEL).inWorkflow("inner");

    assertThat(inner.inWorkflow("outer").workflow()).contains("inner");
    assertThat(inner.readBy("acme.Source")).hasMessage("environment 'qa' gives no value 'deploy-channel' (String),"
        + " which workflow 'inner' of acme.Source reads: give it in the declaration of environment 'qa'");
    assertThat(qa.find(CHANNEL)).isEmpty();
  }

  @Test
  void anEnvironmentGivesTypedValues() {
    List<String> teams = new ArrayList<>(List.of("a", "b"));
    Environment staging = Environment.named("staging").set(CHANNEL, "deploys").set(TEAMS, teams)
        .set(TIMEOUT, 60).build();
    teams.add("c");

    assertThat(staging.get(CHANNEL)).isEqualTo("deploys");
    assertThat(staging.get(TEAMS)).containsExactly("a", "b");
    assertThat(staging.get(TIMEOUT)).isEqualTo(60);
    assertThat(staging.find(EnvironmentValue.flag("dry-run"))).isEmpty();
    assertThat(staging.is("staging")).isTrue();
    assertThat(staging).hasToString("staging");
  }

  @Test
  void aMissingValueNamesTheEnvironmentAndTheValue() {
    Environment production = Environment.named("production").build();

    assertThatThrownBy(() -> production.get(CHANNEL)).isInstanceOf(MissingEnvironmentValueException.class)
        .hasMessage("environment 'production' gives no value 'deploy-channel' (String): give it in the declaration"
            + " of environment 'production'");
  }

  @Test
  void aMissingValueReadWhileBuildingNamesTheWorkflowSourceToo() {
    assertThatThrownBy(() -> WorkflowEnvironments.workflowsOf(new Announce(), Environment.named("qa").build()))
        .isInstanceOf(MissingEnvironmentValueException.class)
        .hasMessage("environment 'qa' gives no value 'deploy-channel' (String), which"
            + " dev.cortexflow.env.EnvironmentTest$Announce reads: give it in the declaration of environment 'qa'")
        .satisfies(e -> {
          MissingEnvironmentValueException missing = (MissingEnvironmentValueException) e;
          assertThat(missing.environment()).isEqualTo("qa");
          assertThat(missing.value()).isEqualTo("deploy-channel");
          assertThat(missing.reader()).contains("dev.cortexflow.env.EnvironmentTest$Announce");
        });
  }

  @Test
  void aSourceThatIgnoresEnvironmentsGivesTheSameWorkflowsInEach() {
    WorkflowSource plain = new WorkflowSource() {
      @Override
      public Workflow workflow() {
        return Workflows.workflow("plain", "Plain").global().startWith(Blocks.slack("say", "Say", "deploys", "hi"))
            .build();
      }
    };

    assertThat(WorkflowEnvironments.workflowsOf(plain, Environment.named("staging").build()))
        .isEqualTo(plain.workflows());
  }

  @Test
  void namesAreLowerCaseWordsBecauseTheyNameFolders() {
    assertThatThrownBy(() -> Environment.named("../prod")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("environment name '../prod' is not valid: use lower-case words joined by hyphens, e.g. staging"
            + " or prod-eu");
    assertThatThrownBy(() -> EnvironmentValue.string("Approving Team")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("environment value name 'Approving Team' is not valid: use lower-case words joined by hyphens,"
            + " e.g. approving-team");
    assertThat(Environment.named("prod-eu").build().name()).isEqualTo("prod-eu");
  }

  @Test
  void aValueGivenTwiceOrNullIsRefused() {
    Environment.Builder builder = Environment.named("staging").set(CHANNEL, "a");

    assertThatThrownBy(() -> builder.set(CHANNEL, "b")).isInstanceOf(IllegalStateException.class)
        .hasMessage("environment 'staging' gives value 'deploy-channel' twice");
    assertThatThrownBy(() -> builder.set(TIMEOUT, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("environment 'staging': value 'timeout' is null");
  }

  @Test
  void aValueOfTheWrongTypeSmuggledPastTheCompilerIsRefused() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    EnvironmentValue<Object> raw = (EnvironmentValue) TIMEOUT;

    assertThatThrownBy(() -> Environment.named("staging").set(raw, "sixty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("environment 'staging': value 'timeout' must be a Integer, not a String");
  }

  @Test
  void aDeclarationListsEachEnvironmentOnce() {
    WorkflowEnvironments twice = () -> List.of(Environment.named("a").build(), Environment.named("a").build());
    WorkflowEnvironments none = List::of;

    assertThatThrownBy(() -> WorkflowEnvironments.of(twice)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(" declares environment 'a' twice");
    assertThatThrownBy(() -> WorkflowEnvironments.of(none)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(" declares no environment: return at least one");
    assertThat(WorkflowEnvironments.of(() -> List.of(Environment.named("a").build()))).hasSize(1);
  }
}
