package dev.cortexflow.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, from a resource Maven fills in at build time. */
public final class Version {

  private static final String VERSION = load();

  private Version() {}

  /** The version, e.g. {@code 0.1.0-SNAPSHOT}; {@code dev} when the resource is absent or unfiltered. */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
