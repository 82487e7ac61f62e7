/**
 * A local stand-in for the Cortex Workflows API, for tests, examples and offline work.
 *
 * <p>{@link dev.cortexflow.sandbox.CortexSandbox} starts an HTTP server on the loopback interface that
 * answers the Workflows, Runs, Teams and Secrets endpoints the way Cortex does (paths, methods, status
 * codes, JSON and YAML bodies, error bodies, paging, server-side checks). It never sends anything to
 * the network: workflow runs are executed by the run engine, with outbound calls recorded, not sent. {@link dev.cortexflow.sandbox.SandboxExtension}
 * gives JUnit 5 tests one sandbox per test class.
 *
 * <pre>{@code
 * try (CortexSandbox sandbox = CortexSandbox.builder().dataDirectory(dir).build().start()) {
 *   String baseUrl = sandbox.url();   // e.g. http://127.0.0.1:50123
 *   ...
 * }
 * }</pre>
 *
 * <p>Everything in {@code dev.cortexflow.sandbox.internal} is implementation and may change.
 */
package dev.cortexflow.sandbox;
