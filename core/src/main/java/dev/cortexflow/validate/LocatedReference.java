package dev.cortexflow.validate;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A {@link FoundReference} together with where it was found in a workflow: the JSON pointer of the string field
 * that holds it and the index of the block (in {@code actions}) that owns that field.
 *
 * <p>The reference's {@link FoundReference#start()} and {@link FoundReference#end()} are offsets into the value
 * of that field. Instances are immutable and thread-safe.
 *
 * @param pointer RFC 6901 JSON pointer of the string field, e.g. {@code /actions/3/schema/url}
 * @param blockIndex index of the owning block, empty for {@code runResponseTemplate} and
 *     {@code failedRunResponseTemplate}, which are rendered after every block
 * @param reference what was found
 */
public record LocatedReference(String pointer, OptionalInt blockIndex, FoundReference reference) {

  /** Checks that no part is null. */
  public LocatedReference {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(blockIndex, "blockIndex");
    Objects.requireNonNull(reference, "reference");
  }
}
