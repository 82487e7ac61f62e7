package dev.cortexflow.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;

/** Mojos set up as Maven sets them up, for a project in a folder. */
final class Projects {

  private Projects() {}

  static MavenProject in(Path folder) {
    MavenProject project = new MavenProject();
    project.setArtifactId("workflows");
    project.setFile(folder.resolve("pom.xml").toFile());
    return project;
  }

  /** The test classes of this module: the workflow sources of {@code dev.cortexflow.maven.fixtures}. */
  static List<String> fixtureClasspath() {
    return List.of(new File(Projects.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath());
  }

  static <M extends CortexflowMojo> M configure(M mojo, Path folder, RecordingLog log) {
    mojo.project = in(folder);
    mojo.setLog(log);
    return mojo;
  }
}
