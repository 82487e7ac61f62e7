/** Example workflows written with the cortexflow DSL. */
package dev.cortexflow.examples;
