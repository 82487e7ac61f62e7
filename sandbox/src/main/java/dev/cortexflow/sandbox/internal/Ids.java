package dev.cortexflow.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic identifiers: the same tag always gets the same 18-character CID, across restarts. */
final class Ids {
  private Ids() {}

  /** A CID such as {@code wf3f2a…} made of a two-letter prefix and 16 hex digits derived from {@code key}. */
  static String cid(String prefix, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return prefix + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

  /** A counter-based id, e.g. {@code run-000001}. */
  static String sequential(String prefix, long number) {
    return String.format("%s-%06d", prefix, number);
  }
}
