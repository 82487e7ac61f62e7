package dev.cortexflow.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the DSL's stages and their methods whose result must be used: a stage returns the next stage and does not
 * change itself, so a call whose result is dropped loses what it set ({@code workflow(tag, name).global();} on a
 * line of its own builds nothing). Static analysers that check ignored results by this annotation's simple name
 * (Error Prone's {@code CheckReturnValue} check, IntelliJ IDEA's inspection, OpenRewrite) report such calls; the
 * compiler itself does not. Only in class files, not at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CheckReturnValue {}
