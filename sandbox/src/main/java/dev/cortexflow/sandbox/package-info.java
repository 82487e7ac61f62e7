/** A local stand-in for the Cortex Workflows API. */
package dev.cortexflow.sandbox;
