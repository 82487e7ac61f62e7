package dev.cortexflow.client.sync;

import java.util.Locale;
import java.util.Objects;

/**
 * The file a local workflow was read from, so that a plan's diff points at it: its path in the {@code +++} header,
 * its real line numbers in the hunks, and the live side written in the file's format and key order with the file's
 * comments kept on unchanged lines.
 *
 * @param path the path as the user named it, shown in the diff's {@code +++} header
 * @param text the file's text
 */
public record SourceFile(String path, String text) {

  /** Checks the components. */
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /** Whether the file is JSON (its name ends in {@code .json}); otherwise it is YAML. */
  public boolean isJson() {
    return path.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
