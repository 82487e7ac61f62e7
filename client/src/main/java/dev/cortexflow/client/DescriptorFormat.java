package dev.cortexflow.client;

/** The text format of a workflow descriptor sent to or read from the API, with its media type. */
public enum DescriptorFormat {
  /** {@code application/json}. */
  JSON("application/json"),
  /** {@code application/yaml}. */
  YAML("application/yaml");

  private final String mediaType;

  DescriptorFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type sent as {@code Content-Type} or {@code Accept}. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Guesses the format of descriptor text: JSON when its first non-blank character is <code>{</code>, else YAML.
   *
   * @param text descriptor text
   * @return the format to send it as
   */
  public static DescriptorFormat detect(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }
}
