/** Internals of code generation: catalogue reading, naming and JavaPoet emission. Not API. */
package dev.cortexflow.codegen.internal;
