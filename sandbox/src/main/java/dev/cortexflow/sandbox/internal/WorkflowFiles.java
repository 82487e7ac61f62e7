package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cortexflow.sandbox.DataFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** One pretty-printed JSON file per workflow, {@code <tag>.json}, replaced atomically on every write. */
final class WorkflowFiles {
  private static final String SUFFIX = ".json";
  // most file systems allow 255 bytes in a name
  private static final int MAX_NAME = 200;
  private static final int KEPT = 120;

  private final Path directory;

  WorkflowFiles(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory '" + directory + "'", e);
    }
  }

  List<StoredWorkflow> loadAll() {
    List<StoredWorkflow> loaded = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : entries) {
        JsonNode node = read(file);
        if (!(node instanceof ObjectNode) || !node.path("tag").isTextual() || node.get("tag").asText().isBlank()) {
          throw new DataFileException(file, "it holds no JSON object with a tag", null);
        }
        String tag = node.get("tag").asText();
        loaded.add(new StoredWorkflow(Ids.cid("wf", tag), tag, (ObjectNode) node));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data directory '" + directory + "'", e);
    }
    return loaded;
  }

  private static JsonNode read(Path file) throws IOException {
    try {
      return Codec.json().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage() == null ? "not JSON" : e.getOriginalMessage().lines().findFirst()
          .orElse("not JSON");
      throw new DataFileException(file, message
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
    }
  }

  void write(StoredWorkflow workflow) {
    Path target = fileOf(workflow.tag());
    Path temp = directory.resolve("." + target.getFileName() + ".tmp");
    try {
      byte[] bytes = Codec.json().writerWithDefaultPrettyPrinter().writeValueAsBytes(workflow.definition());
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write '" + target + "'", e);
    }
  }

  void delete(String tag) {
    try {
      Files.deleteIfExists(fileOf(tag));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the file of workflow '" + tag + "'", e);
    }
  }

  /**
   * Tags are kebab-case in practice; anything else is percent-encoded so a tag can never name another path. A name
   * that would be too long for the file system keeps its start and ends in a hash of the whole tag ({@code ~} is
   * never part of an encoded name); the tag itself is read back from the file.
   */
  Path fileOf(String tag) {
    StringBuilder name = new StringBuilder();
    for (byte b : tag.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        name.append(c);
      } else {
        name.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    if (name.length() > MAX_NAME) {
      return directory.resolve(name.substring(0, KEPT) + "~" + sha256(tag) + SUFFIX);
    }
    return directory.resolve(name + SUFFIX);
  }

  private static String sha256(String tag) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(tag.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
