package dev.cortexflow.cli.internal;

import dev.cortexflow.validate.WorkflowValidator;
import dev.cortexflow.codec.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A descriptor file found on the command line, with the name to show for it (the path as the user wrote it, or
 * below the folder the user named).
 *
 * @param path where the file is
 * @param displayName how messages name it
 */
public record DescriptorFile(Path path, String displayName) {

  /** Whether the file holds JSON (by its extension). */
  public boolean isJson() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * The file's text, or a usage error naming the file when it cannot be read or is larger than the reader's limit
   * ({@link ReadOptions#DEFAULT_MAX_BYTES}).
   */
  public String readText() {
    try {
      long size = Files.size(path);
      if (size > ReadOptions.DEFAULT_MAX_BYTES) {
        throw CliException.usage(String.format(Locale.ROOT, "cannot read '%s': the file has %,d bytes, more than"
            + " the %,d bytes cortexflow reads (Cortex accepts at most %,d bytes, 2 MB, a workflow): split the"
            + " workflow into smaller ones, one file each", displayName, size, ReadOptions.DEFAULT_MAX_BYTES,
            WorkflowValidator.MAX_DESCRIPTOR_BYTES));
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw CliException.usage("cannot read '" + displayName + "': not UTF-8 text");
    } catch (IOException e) {
      throw CliException.usage(Failures.ioMessage(e).replace("'" + path + "'", "'" + displayName + "'"), e);
    }
  }
}
