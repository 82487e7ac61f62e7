/**
 * The fluent DSL: block factories ({@link dev.cortexflow.dsl.Blocks}), form-field factories
 * ({@link dev.cortexflow.dsl.Inputs}), block handles ({@link dev.cortexflow.dsl.BlockRef}), branches
 * ({@link dev.cortexflow.dsl.Branch}) and the workflow builder reached from {@link dev.cortexflow.Workflows}.
 *
 * <p>Builders and specs here are single-use and not thread-safe; the {@link dev.cortexflow.model.Workflow} they
 * build is immutable and thread-safe.
 */
package dev.cortexflow.dsl;
