/** Implementation details of the model; not part of the public API. */
package dev.cortexflow.model.internal;
