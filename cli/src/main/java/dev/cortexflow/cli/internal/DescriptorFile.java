package dev.cortexflow.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  /** The file's text, or a usage error naming the file when it cannot be read. */
  public String readText() {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw CliException.usage("cannot read '" + displayName + "': not UTF-8 text");
    } catch (IOException e) {
      throw CliException.usage(Failures.ioMessage(e).replace("'" + path + "'", "'" + displayName + "'"), e);
    }
  }
}
