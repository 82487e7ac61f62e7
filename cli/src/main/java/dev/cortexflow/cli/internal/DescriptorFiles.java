package dev.cortexflow.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths of a command line into descriptor files: a file stands for itself, a folder for every
 * {@code *.yaml}, {@code *.yml} and {@code *.json} below it, in path order so that output is deterministic.
 */
public final class DescriptorFiles {

  private DescriptorFiles() {}

  /** The descriptor files that {@code arguments} name; a missing path is a usage error naming it. */
  public static List<DescriptorFile> expand(CliContext context, List<Path> arguments) {
    List<DescriptorFile> files = new ArrayList<>();
    for (Path argument : arguments) {
      Path path = context.resolve(argument);
      if (Files.isDirectory(path)) {
        List<DescriptorFile> found = walk(path, argument);
        if (found.isEmpty()) {
          throw CliException.usage("no *.yaml, *.yml or *.json files in folder '" + argument + "'");
        }
        files.addAll(found);
      } else if (Files.exists(path)) {
        files.add(new DescriptorFile(path, argument.toString()));
      } else {
        throw CliException.usage("cannot read '" + argument + "': no such file or directory");
      }
    }
    return files;
  }

  /** Whether {@code file}'s name ends in one of the descriptor extensions. */
  public static boolean isDescriptor(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static List<DescriptorFile> walk(Path folder, Path argument) {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(DescriptorFiles::isDescriptor)
          .sorted()
          .map(p -> new DescriptorFile(p, argument.resolve(folder.relativize(p)).normalize().toString()))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw CliException.usage("cannot read folder '" + argument + "': " + e.getMessage(), e);
    }
  }
}
