package dev.cortexflow.codec;

/**
 * Limits and leniency applied when reading a descriptor.
 *
 * <pre class="compilable">{@code
 * ReadResult r = WorkflowReader.read(path, ReadOptions.defaults().withMaxBytes(10_000_000));
 * ReadResult newer = WorkflowReader.read(path, ReadOptions.defaults().allowingUnknownTypes());
 * }</pre>
 *
 * @param maxBytes largest accepted input in bytes of UTF-8 (default {@value #DEFAULT_MAX_BYTES}, 5 MB)
 * @param allowUnknownTypes whether a block, input, override, variable source or filter {@code type} cortexflow
 *     does not know is a WARNING (true) or, as by default and as the Cortex server has it, an ERROR (false);
 *     either way the value is kept and written back unchanged
 */
public record ReadOptions(long maxBytes, boolean allowUnknownTypes) {

  /** The default input size limit: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** Checks that the limit is positive. */
  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  /** Returns the default options: 5 MB input limit, a type cortexflow does not know is an ERROR. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_BYTES, false);
  }

  /** Returns a copy with another input size limit in bytes. */
  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, allowUnknownTypes);
  }

  /**
   * Returns a copy that reports a {@code type} cortexflow does not know as a WARNING instead of an ERROR: for the
   * day Cortex adds a block, field, override, source or filter type before cortexflow knows it.
   */
  public ReadOptions allowingUnknownTypes() {
    return new ReadOptions(maxBytes, true);
  }
}
