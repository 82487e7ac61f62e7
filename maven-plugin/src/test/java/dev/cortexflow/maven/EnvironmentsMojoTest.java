package dev.cortexflow.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.WorkflowSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render and check goals of a project that declares environments, with and without {@code cortexflow.env}. */
class EnvironmentsMojoTest {

  private static final String ENVIRONMENTS = """
      package acme.env;

      import dev.cortexflow.env.Environment;
      import dev.cortexflow.env.EnvironmentValue;
      import dev.cortexflow.env.WorkflowEnvironments;
      import java.util.List;

      public class Environments implements WorkflowEnvironments {
        public static final EnvironmentValue<String> CHANNEL = EnvironmentValue.string("channel");

        public List<Environment> environments() {
          return List.of(Environment.named("staging").set(CHANNEL, "staging-deploys").build(),
              Environment.named("production").set(CHANNEL, "deploys").build());
        }
      }
      """;

  private static final String ANNOUNCE = """
      package acme.env;

      import dev.cortexflow.WorkflowSource;
      import dev.cortexflow.env.Environment;
      import dev.cortexflow.model.Block;
      import dev.cortexflow.model.GlobalFilter;
      import dev.cortexflow.model.Workflow;
      import dev.cortexflow.model.block.Slack;
      import java.util.List;

      public class Announce implements WorkflowSource {
        public List<Workflow> workflows(Environment env) {
          return List.of(Workflow.builder().name("Announce").tag("announce").filter(GlobalFilter.of())
              .addActions(Block.builder().name("Say").slug("say")
                  .schema(Slack.builder().channel(env.get(Environments.CHANNEL)).message("hi").build())
                  .isRootAction(true).build())
              .build());
        }
      }
      """;

  private static final String CHANNEL_RULE = """
      package acme.env;

      import dev.cortexflow.model.block.Slack;
      import dev.cortexflow.validate.RuleCode;
      import dev.cortexflow.validate.RuleContext;
      import dev.cortexflow.validate.Violation;
      import dev.cortexflow.validate.WorkflowRule;
      import java.util.List;

      public class DeploysChannelOnly implements WorkflowRule {
        static final RuleCode CODE = RuleCode.of("DEPLOYS_CHANNEL_ONLY", "Post to #deploys.");

        public void check(RuleContext workflow, List<Violation> out) {
          for (int i = 0; i < workflow.blocks().size(); i++) {
            if (workflow.blocks().get(i).schema() instanceof Slack slack && !slack.channel().equals("deploys")) {
              out.add(Violation.error(CODE, workflow.pointer(i) + "/schema/channel", workflow.label(i)
                  + " posts to '" + slack.channel() + "': post to deploys"));
            }
          }
        }
      }
      """;

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();
  private List<String> classpath;

  @BeforeEach
  void compileTheProject() throws IOException {
    Path classes = dir.resolve("target/classes");
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", dslClasses(),
        "-proc:none", "-nowarn"));
    Path src = Files.createDirectories(dir.resolve("src/main/java/acme/env"));
    arguments.add(Files.writeString(src.resolve("Environments.java"), ENVIRONMENTS).toString());
    arguments.add(Files.writeString(src.resolve("Announce.java"), ANNOUNCE).toString());
    arguments.add(Files.writeString(src.resolve("DeploysChannelOnly.java"), CHANNEL_RULE).toString());
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, OutputStream.nullOutputStream(),
        new PrintStream(errors, true, UTF_8), arguments.toArray(String[]::new));
    assertThat(status).as(errors.toString(UTF_8)).isZero();
    classpath = List.of(classes.toString());
  }

  private RenderMojo render(String env) {
    RenderMojo mojo = Projects.configure(new RenderMojo(), dir, log);
    mojo.classpathElements = classpath;
    mojo.outputDirectory = dir.resolve("target/cortexflow").toFile();
    mojo.env = env;
    return mojo;
  }

  private CheckMojo check(String env) {
    CheckMojo mojo = Projects.configure(new CheckMojo(), dir, log);
    mojo.classpathElements = classpath;
    mojo.descriptorDirectory = dir.resolve("target/cortexflow").toFile();
    mojo.env = env;
    return mojo;
  }

  @Test
  void without_an_environment_named_every_environment_is_rendered_into_a_folder_of_its_own() throws Exception {
    render(null).execute();

    assertThat(dir.resolve("target/cortexflow/staging/announce.yaml")).content().contains("channel: staging-deploys\n");
    assertThat(dir.resolve("target/cortexflow/production/announce.yaml")).content().contains("channel: deploys\n");
    assertThat(log.lines).containsExactly("[INFO] wrote target/cortexflow/staging/announce.yaml",
        "[INFO] wrote target/cortexflow/production/announce.yaml",
        "[INFO] rendered 2 workflows to target/cortexflow (2 environments) (2 changed)");
  }

  @Test
  void cortexflow_env_renders_one_environment_into_the_folder_itself() throws Exception {
    render("production").execute();

    assertThat(dir.resolve("target/cortexflow/announce.yaml")).content()
        .contains("for environment production")
        .contains("channel: deploys\n");
    assertThat(dir.resolve("target/cortexflow/staging")).doesNotExist();
    assertThat(log.lines).containsExactly("[INFO] wrote target/cortexflow/announce.yaml",
        "[INFO] rendered 1 workflow to target/cortexflow (1 changed)");
  }

  @Test
  void an_unknown_environment_is_a_build_error_listing_the_known_ones() {
    assertThatThrownBy(render("qa")::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("unknown environment 'qa': the known ones are staging, production");
    assertThat(dir.resolve("target/cortexflow")).doesNotExist();
  }

  @Test
  void check_compares_every_environments_folder_and_reports_a_folder_of_no_environment() throws Exception {
    render(null).execute();
    check(null).execute();
    assertThat(log.lines).endsWith("[INFO] 2 workflows up to date in target/cortexflow (2 environments)");

    Files.createDirectories(dir.resolve("target/cortexflow/qa"));
    Files.writeString(dir.resolve("target/cortexflow/production/announce.yaml"), "tag: announce\n");
    assertThatThrownBy(check(null)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("2 differences in target/cortexflow (2 environments)");
    assertThat(log.lines).contains("[ERROR] target/cortexflow/qa: not rendered from any environment",
        "[ERROR] target/cortexflow/production/announce.yaml: changed");
  }

  @Test
  void the_rules_registered_on_the_projects_class_path_run_in_each_environment() throws IOException {
    Path services = Files.createDirectories(dir.resolve("target/classes/META-INF/services"));
    Files.writeString(services.resolve("dev.cortexflow.validate.WorkflowRule"), "acme.env.DeploysChannelOnly\n");

    assertThatThrownBy(render(null)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("1 error in 1 class; nothing written");
    assertThat(log.lines).containsExactly("[ERROR] staging: acme.env.Announce ('announce'): ERROR"
        + " DEPLOYS_CHANNEL_ONLY at /actions/0/schema/channel: block 'say' (actions[0]) posts to 'staging-deploys':"
        + " post to deploys");
    assertThat(dir.resolve("target/cortexflow")).doesNotExist();
  }

  /** The builder's classes and the model's, which workflow sources compile against. */
  private static String dslClasses() {
    try {
      return Path.of(WorkflowSource.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + java.io.File.pathSeparator
          + Path.of(dev.cortexflow.model.Workflow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
