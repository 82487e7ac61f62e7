package dev.cortexflow.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an API token from a file given with {@code --token-file}; the token is masked in all output from then on. */
public final class TokenFile {

  private TokenFile() {}

  /** The token in {@code file} (surrounding whitespace removed); an unreadable or empty file is a usage error. */
  public static String read(CliContext context, Path file, Secrets secrets) {
    String token;
    if (Files.isDirectory(context.resolve(file))) {
      throw CliException.usage("token file '" + file + "' is a folder: give the file that holds the API token");
    }
    try {
      token = Files.readString(context.resolve(file), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw CliException.usage("cannot read token file '" + file + "': "
          + (e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName()), e);
    }
    if (token.isEmpty()) {
      throw CliException.usage("token file '" + file + "' is empty");
    }
    secrets.add(token);
    return token;
  }
}
