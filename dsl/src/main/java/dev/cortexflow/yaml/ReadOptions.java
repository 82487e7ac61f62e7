package dev.cortexflow.yaml;

/**
 * Limits applied when reading a descriptor.
 *
 * <pre class="compilable">{@code
 * ReadResult r = WorkflowReader.read(path, ReadOptions.defaults().withMaxBytes(10_000_000));
 * }</pre>
 *
 * @param maxBytes largest accepted input in bytes of UTF-8 (default {@value #DEFAULT_MAX_BYTES}, 5 MB)
 */
public record ReadOptions(long maxBytes) {

  /** The default input size limit: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** Checks that the limit is positive. */
  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  /** Returns the default options (5 MB input limit). */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_BYTES);
  }

  /** Returns a copy with another input size limit in bytes. */
  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes);
  }
}
