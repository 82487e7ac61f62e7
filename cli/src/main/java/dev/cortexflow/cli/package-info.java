/** The {@code cortexflow} command line. */
package dev.cortexflow.cli;
