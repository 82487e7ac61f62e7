/**
 * An environment-aware example: {@link dev.cortexflow.examples.environments.ExampleEnvironments} declares staging
 * and production with typed values, {@link dev.cortexflow.examples.environments.ApiDeploy} builds its workflows
 * for either, and one of them exists in staging only.
 */
package dev.cortexflow.examples.environments;
