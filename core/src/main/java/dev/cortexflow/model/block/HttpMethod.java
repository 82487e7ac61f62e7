package dev.cortexflow.model.block;

import dev.cortexflow.model.Vocabulary;
import dev.cortexflow.model.internal.Vocabularies;
import java.util.List;
import java.util.Objects;

/**
 * The method of an HTTP block ({@code schema.httpMethod}).
 *
 * <p>Known values are constants; {@link #of(String)} accepts any other value so that descriptors written for a
 * newer Cortex are kept as they are.
 */
public record HttpMethod(String value) implements Vocabulary {

  /** {@code GET}. */
  public static final HttpMethod GET = new HttpMethod("GET");

  /** {@code POST}. */
  public static final HttpMethod POST = new HttpMethod("POST");

  /** {@code PUT}. */
  public static final HttpMethod PUT = new HttpMethod("PUT");

  /** {@code DELETE}. */
  public static final HttpMethod DELETE = new HttpMethod("DELETE");

  /** {@code PATCH}. */
  public static final HttpMethod PATCH = new HttpMethod("PATCH");

  private static final List<HttpMethod> KNOWN = List.of(GET, POST, PUT, DELETE, PATCH);

  /** Creates a value; prefer the constants. */
  public HttpMethod {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the constant for a known value, or a new value for an unknown one. */
  public static HttpMethod of(String value) {
    return Vocabularies.lookup(KNOWN, value, HttpMethod::new);
  }

  /** All values Cortex is known to accept, in the order of its documentation. */
  public static List<HttpMethod> knownValues() {
    return KNOWN;
  }

  @Override
  public boolean isKnown() {
    return Vocabularies.isKnown(KNOWN, this);
  }

  @Override
  public String toString() {
    return value;
  }
}
