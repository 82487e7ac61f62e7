/** Implementation of the sandbox server: routing, checks, storage, runs. Not API. */
package dev.cortexflow.sandbox.internal;
