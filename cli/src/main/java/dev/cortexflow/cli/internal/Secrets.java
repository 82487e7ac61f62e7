package dev.cortexflow.cli.internal;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Values that must never reach the terminal (the API token). Everything {@link Output} prints passes through
 * {@link #mask(String)}, so even a library message that happened to quote the token prints it masked.
 */
public final class Secrets {

  private static final String MASK = "****";
  // a shorter piece of a secret cannot be told from ordinary text; masking it would garble every message
  private static final int MIN_PIECE = 6;

  private final Set<String> values = new CopyOnWriteArraySet<>();

  /**
   * Remembers {@code secret} so that it is masked from now on: the whole value, and each of its pieces between line
   * breaks or other control characters, in case a message quotes only one line of it.
   */
  public void add(String secret) {
    if (secret != null && !secret.isBlank()) {
      values.add(secret);
      for (String piece : secret.split("\\p{Cntrl}+")) {
        if (piece.strip().length() >= MIN_PIECE) {
          values.add(piece.strip());
        }
      }
    }
  }

  /** {@code text} with every known secret replaced by {@code ****}. */
  public String mask(String text) {
    String masked = text;
    // longest first, so that a piece never leaves part of the whole value behind
    for (String value : values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      masked = masked.replace(value, MASK);
    }
    return masked;
  }
}
