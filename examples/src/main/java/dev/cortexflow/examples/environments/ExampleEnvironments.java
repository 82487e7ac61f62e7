package dev.cortexflow.examples.environments;

import dev.cortexflow.env.Environment;
import dev.cortexflow.env.EnvironmentValue;
import dev.cortexflow.env.WorkflowEnvironments;
import java.util.List;

/**
 * The examples' two workspaces, staging and production, and the values their workflows differ in. Declared once,
 * typed; {@code cortexflow render} finds this class next to the workflow sources and renders each environment.
 */
public final class ExampleEnvironments implements WorkflowEnvironments {

  /** The team that approves deploys ({@code approvingTeamIds} of the approval block). */
  public static final EnvironmentValue<String> APPROVING_TEAM = EnvironmentValue.string("approving-team");

  /** The deploy API the workflow calls ({@code url} of the HTTP block). */
  public static final EnvironmentValue<String> DEPLOY_URL = EnvironmentValue.string("deploy-url");

  /** The Slack channel deploys are announced in ({@code channel} of the SLACK block). */
  public static final EnvironmentValue<String> CHANNEL = EnvironmentValue.string("deploy-channel");

  /** The API that resets test data; only staging has one, so only staging has the reset workflow. */
  public static final EnvironmentValue<String> RESET_URL = EnvironmentValue.string("reset-url");

  /** Creates the declaration; {@code cortexflow render} calls this. */
  public ExampleEnvironments() {}

  /** Staging: the platform team approves, deploys go to the staging API and are announced in #deploys-staging. */
  public static Environment staging() {
    return Environment.named("staging")
        .set(APPROVING_TEAM, "platform-team")
        .set(DEPLOY_URL, "https://deploy.staging.example.com/api/deploys")
        .set(CHANNEL, "deploys-staging")
        .set(RESET_URL, "https://data.staging.example.com/api/reset")
        .build();
  }

  /** Production: release managers approve, deploys go to the production API and are announced in #deploys. */
  public static Environment production() {
    return Environment.named("production")
        .set(APPROVING_TEAM, "release-managers")
        .set(DEPLOY_URL, "https://deploy.prod.example.com/api/deploys")
        .set(CHANNEL, "deploys")
        .build();
  }

  @Override
  public List<Environment> environments() {
    return List.of(staging(), production());
  }
}
