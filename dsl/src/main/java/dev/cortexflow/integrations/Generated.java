package dev.cortexflow.integrations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type written by cortexflow's code generator rather than by hand; do not edit such a type, regenerate it.
 *
 * <p>Retention is {@code CLASS} (not {@code javax.annotation.processing.Generated}, which is source-only) so that
 * bytecode tools see it: JaCoCo skips classes carrying an annotation whose simple name contains {@code Generated},
 * and architecture tests can tell generated code from hand-written code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {

  /** The source the type was generated from, such as the catalogue file {@code integrations.yaml}. */
  String from();

  /** The generator that wrote the type, {@code cortex-workflows-codegen}. */
  String generator();
}
