package dev.cortexflow.client;

import dev.cortexflow.model.Workflow;
import dev.cortexflow.validate.FoundReference;
import dev.cortexflow.validate.LocatedReference;
import dev.cortexflow.validate.ReferenceScanner;
import java.util.ArrayList;
import java.util.List;

/** Finds {@code context.secrets.<tag>} references with the shared {@link ReferenceScanner}. */
final class SecretReferences {

  /** One secret read by a block ({@code blockIndex} &ge; 0) or by a response template (-1). */
  record Use(int blockIndex, String pointer, String secretTag) {}

  private SecretReferences() {}

  static List<Use> find(Workflow workflow) {
    List<Use> out = new ArrayList<>();
    for (LocatedReference located : ReferenceScanner.scan(workflow)) {
      if (located.reference().kind() == FoundReference.Kind.SECRET) {
        out.add(new Use(located.blockIndex().orElse(-1), located.pointer(), located.reference().name()));
      }
    }
    return out;
  }
}
