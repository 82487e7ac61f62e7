package dev.cortexflow.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Callback ids as Cortex shapes them: base64 of {@code <runId>#<blockSlug>} (URL-safe, unpadded here). */
final class CallbackIds {
  record Target(String runId, String slug) {}

  private CallbackIds() {}

  static String encode(String runId, String slug) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((runId + "#" + slug).getBytes(StandardCharsets.UTF_8));
  }

  static Optional<Target> decode(String callbackId) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(callbackId), StandardCharsets.UTF_8);
      int hash = text.indexOf('#');
      if (hash <= 0 || hash == text.length() - 1) {
        return Optional.empty();
      }
      return Optional.of(new Target(text.substring(0, hash), text.substring(hash + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
