/**
 * Two organisation rules written against cortexflow's public rule API ({@link dev.cortexflow.validate.WorkflowRule})
 * and registered for {@link java.util.ServiceLoader} in {@code META-INF/services/dev.cortexflow.validate.WorkflowRule}:
 * {@link dev.cortexflow.examples.rules.ApprovalBeforeProduction} (APPROVAL_BEFORE_PRODUCTION) and
 * {@link dev.cortexflow.examples.rules.NoGeneralChannel} (NO_GENERAL_CHANNEL). Run them on any descriptor with
 * {@code ./cortexflow validate --rules examples/target/classes FILE}.
 */
package dev.cortexflow.examples.rules;
