package dev.cortexflow.architecture.docs;

import dev.cortexflow.WorkflowSource;
import dev.cortexflow.dsl.BlockRef;
import dev.cortexflow.env.Environment;
import dev.cortexflow.env.EnvironmentValue;
import dev.cortexflow.env.WorkflowEnvironments;
import dev.cortexflow.expr.Var;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.RuleCode;
import dev.cortexflow.validate.RuleContext;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The names documentation snippets take from the text around them: the workflow and handles a fragment continues,
 * and the helper methods a class elides. Snippets are only compiled, never run, so the helpers throw.
 */
public abstract class Surroundings {

  /** A workflow built earlier in the text. */
  protected Workflow deploy;
  /** A workflow built earlier in the text. */
  protected Workflow workflow;
  /** The handle a fragment continues. */
  protected BlockRef flow;
  /** A form handle read by a fragment. */
  protected BlockRef form;
  /** A handle read by a fragment. */
  protected BlockRef lookup;
  /** An approval handle a fragment continues. */
  protected BlockRef approve;
  /** A variable a fragment compares. */
  protected Var<String> env;
  /** A variable a fragment sets. */
  protected Var<String> owner;
  /** A handle whose outputs a fragment reads. */
  protected BlockRef environments;
  /** An environment value declared earlier in the text. */
  public static final EnvironmentValue<String> APPROVING_TEAM = EnvironmentValue.string("approving-team");
  /** An account identifier. */
  protected String account;
  /** Handles a fragment continues or reads. */
  protected BlockRef start;
  /** Handles a fragment continues or reads. */
  protected BlockRef approval;
  /** Handles a fragment continues or reads. */
  protected BlockRef pr;
  /** Handles a fragment continues or reads. */
  protected BlockRef scan;
  /** A variable a fragment compares. */
  protected Var<String> repo;
  /** Workflows a fragment compares or checks. */
  protected Workflow wf;
  /** Workflows a fragment compares or checks. */
  protected Workflow local;
  /** Workflows a fragment compares or checks. */
  protected Workflow live;
  /** Workflows a fragment compares or checks. */
  protected Workflow rollback;
  /** A descriptor file a fragment reads. */
  protected Path path;
  /** A descriptor's text a fragment reads. */
  protected String text;
  /** An environment value declared earlier in the text. */
  public static final EnvironmentValue<String> DEPLOY_URL = EnvironmentValue.string("deploy-url");

  /** The environments of a project, declared elsewhere in the text. */
  public static final class AcmeEnvironments implements WorkflowEnvironments {
    @Override
    public List<Environment> environments() {
      throw elided();
    }
  }

  /** A workflow class declared elsewhere in the text. */
  public static final class Deploy implements WorkflowSource {
    @Override
    public Workflow workflow() {
      throw elided();
    }
  }

  /** A workflow class declared elsewhere in the text. */
  public static final class Rollback implements WorkflowSource {
    @Override
    public Workflow workflow() {
      throw elided();
    }
  }

  /** The organisation rule declared in the README. */
  public static final class ApprovalBeforeProduction implements WorkflowRule {
    /** Its code. */
    public static final RuleCode CODE = RuleCode.of("APPROVAL_BEFORE_PRODUCTION", "Approve before production.");

    @Override
    public void check(RuleContext workflow, List<Violation> out) {
      throw elided();
    }
  }

  private static AssertionError elided() {
    return new AssertionError("documentation snippets are compiled, not run");
  }

  /** Elided in the organisation-rule example. */
  public static Optional<String> productionHost(Block block) {
    throw elided();
  }

  /** Elided in the organisation-rule example. */
  public static boolean isApproval(Block block) {
    throw elided();
  }

  /** Elided in the organisation-rule example. */
  public static String message(RuleContext workflow, int block, String host, List<Integer> path) {
    throw elided();
  }

  /** Elided in the environments example. */
  public static Workflow deploy(Environment env) {
    throw elided();
  }

  /** Elided in the environments example. */
  public static Workflow reset(String url) {
    throw elided();
  }
}
