package dev.cortexflow.client.http;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Removes the API token, and anything that looks like a bearer credential, from text meant for humans. */
public final class Redactor {

  static final String MASK = "<redacted>";
  // credential-like words only (12+ characters), so that prose such as "bearer token" stays readable
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer)(\\s+|%20)[A-Za-z0-9._~+/=-]{12,}");
  // a shorter value cannot be told from ordinary text; replacing it would garble every message
  private static final int MIN_LITERAL = 6;

  private final Supplier<String> token;

  /** Redacts the token {@code token} gives at the time of each call, and bearer credentials of any kind. */
  public Redactor(Supplier<String> token) {
    this.token = token;
  }

  /** {@code text} with the token and bearer credentials replaced by {@code <redacted>}; empty for null. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String out = text;
    String secret = currentToken();
    if (secret.length() >= MIN_LITERAL) {
      out = out.replace(secret, MASK);
    }
    return BEARER.matcher(out).replaceAll("$1 " + MASK);
  }

  private String currentToken() {
    try {
      String t = token.get();
      return t == null ? "" : t.strip();
    } catch (RuntimeException e) {
      return "";
    }
  }
}
