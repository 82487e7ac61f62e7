package dev.cortexflow.model.input;

import dev.cortexflow.model.Extensible;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Which users a user field offers ({@code filter}). */
@Value.Immutable
public interface InputUserFilter extends Extensible {

  /** Team ids ({@code teamCids}). */
  Optional<List<String>> teamCids();

  /** User emails ({@code userEmails}). */
  Optional<List<String>> userEmails();

  /** Returns a new builder. */
  static ImmutableInputUserFilter.Builder builder() {
    return ImmutableInputUserFilter.builder();
  }
}
