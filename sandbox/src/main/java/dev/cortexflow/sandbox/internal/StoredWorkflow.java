package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A saved definition and its CID. The definition is never mutated once stored. */
record StoredWorkflow(String id, String tag, ObjectNode definition) {

  boolean matches(String tagOrId) {
    return tag.equals(tagOrId) || id.equals(tagOrId);
  }

  boolean isRunnableViaApi() {
    return definition.path("isRunnableViaApi").asBoolean(false);
  }
}
