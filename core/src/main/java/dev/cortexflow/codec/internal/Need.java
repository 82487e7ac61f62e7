package dev.cortexflow.codec.internal;

/** How a reader treats an absent field. */
enum Need {
  /** The server requires it: absent or null is a MISSING_FIELD ERROR. */
  REQUIRED,
  /** OpenAPI marks it required but the server fills it in (spec section 8): absent is fine, the writer emits it. */
  DEFAULTED,
  /** Optional. */
  OPTIONAL
}
