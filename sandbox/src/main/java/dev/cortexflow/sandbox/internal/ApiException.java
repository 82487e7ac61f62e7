package dev.cortexflow.sandbox.internal;

/** An answer other than success, rendered as an {@code ErrorResponse} body. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;

  ApiException(int status, String type, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "BAD_REQUEST", message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "NOT_FOUND", message);
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, "FORBIDDEN", message);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }
}
