package dev.cortexflow.model;

/**
 * Where a workflow can run ({@code filter}): {@link GlobalFilter} (no entity), {@link EntityFilter} (on one
 * entity), or {@link CustomFilter} for a filter type Cortex adds later.
 */
public sealed interface Filter extends Extensible permits GlobalFilter, EntityFilter, CustomFilter {

  /** The discriminator ({@code filter.type}): {@code GLOBAL}, {@code ENTITY} or another value. */
  String type();
}
