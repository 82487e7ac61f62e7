/**
 * The immutable model of a Cortex Workflow descriptor: {@link dev.cortexflow.model.Workflow} and the values it
 * is made of.
 *
 * <p>The model can represent any descriptor, even a broken one, so that YAML read from disk can be validated and
 * reported; the fluent builder in {@code dev.cortexflow} makes broken ones hard to write. Every value keeps the
 * keys cortexflow does not know in {@code extensions()}, so reading and writing a descriptor never loses data.
 * All values are immutable and thread-safe; their builders are single-use and not thread-safe.
 */
@ModelStyle
package dev.cortexflow.model;

import dev.cortexflow.model.internal.ModelStyle;
