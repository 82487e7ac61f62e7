package dev.cortexflow.cli.internal;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Values that must never reach the terminal (the API token). Everything {@link Output} prints passes through
 * {@link #mask(String)}, so even a library message that happened to quote the token prints it masked.
 */
public final class Secrets {

  private static final String MASK = "****";

  private final Set<String> values = new CopyOnWriteArraySet<>();

  /** Remembers {@code secret} so that it is masked from now on. */
  public void add(String secret) {
    if (secret != null && !secret.isBlank()) {
      values.add(secret);
    }
  }

  /** {@code text} with every known secret replaced by {@code ****}. */
  public String mask(String text) {
    String masked = text;
    for (String value : values) {
      masked = masked.replace(value, MASK);
    }
    return masked;
  }
}
