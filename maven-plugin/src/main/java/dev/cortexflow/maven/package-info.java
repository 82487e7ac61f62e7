/**
 * The cortexflow Maven plugin (goal prefix {@code cortexflow}): {@code render}, {@code check}, {@code validate},
 * {@code diff}, {@code push} and {@code import}. Each goal is a thin front end over the same classes the command line
 * uses; it adds Maven parameters, logging through Maven's log and build failure.
 */
package dev.cortexflow.maven;
