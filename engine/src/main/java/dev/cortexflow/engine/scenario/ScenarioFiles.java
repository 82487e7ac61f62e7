package dev.cortexflow.engine.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds scenario files: files as given, and every {@code .yaml} / {@code .yml} file under a folder, sorted. */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  /**
   * The scenario files of {@code paths}, folders expanded, in a stable order.
   *
   * @throws ScenarioException for a path that does not exist or a folder without scenario files
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          List<Path> found = walk.filter(Files::isRegularFile).filter(ScenarioFiles::isYaml).sorted().toList();
          if (found.isEmpty()) {
            throw new ScenarioException(path.toString(), "", "a folder without scenario files (*.yaml, *.yml)");
          }
          files.addAll(found);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new ScenarioException(path.toString(), "", "no such file or folder");
      }
    }
    return files;
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
