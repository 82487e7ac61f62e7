package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** One pretty-printed JSON file per workflow, {@code <tag>.json}, replaced atomically on every write. */
final class WorkflowFiles {
  private static final String SUFFIX = ".json";

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
        JsonNode node = Codec.json().readTree(file.toFile());
        if (!(node instanceof ObjectNode) || !node.path("tag").isTextual()) {
          throw new IllegalStateException("data file '" + file + "' holds no workflow with a tag");
        }
        String tag = node.get("tag").asText();
        loaded.add(new StoredWorkflow(Ids.cid("wf", tag), tag, (ObjectNode) node));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data directory '" + directory + "'", e);
    }
    return loaded;
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

  /** Tags are kebab-case in practice; anything else is percent-encoded so a tag can never name another path. */
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
    return directory.resolve(name + SUFFIX);
  }
}
