package dev.cortexflow.codegen.internal;

/** Makes catalogue and descriptor text safe inside generated Javadoc. */
final class Javadoc {

  private Javadoc() {}

  /** Escapes the characters that would end a comment or start markup. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "{@literal @}");
  }
}
