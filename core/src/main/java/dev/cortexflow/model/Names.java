package dev.cortexflow.model;

import java.util.regex.Pattern;

/**
 * The characters Cortex accepts in the names that identify things: a workflow's {@code tag}, a block's
 * {@code slug} and a variable's {@code slug}. The validator's charset rule and the JSON Schema's {@code pattern}s
 * both read these, so an editor and {@code cortexflow validate} reject the same names.
 */
public final class Names {

  /** A workflow {@code tag}: letters, digits and hyphens. */
  public static final String TAG_PATTERN = "^[A-Za-z0-9-]+$";

  /** A block or variable {@code slug}: lowercase letters, digits and hyphens. */
  public static final String SLUG_PATTERN = "^[a-z0-9-]+$";

  private static final Pattern TAG = Pattern.compile(TAG_PATTERN);
  private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);
  private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  private Names() {}

  /** Whether {@code tag} matches {@link #TAG_PATTERN}. */
  public static boolean isValidTag(String tag) {
    return TAG.matcher(tag).matches();
  }

  /** Whether {@code slug} matches {@link #SLUG_PATTERN}. */
  public static boolean isValidSlug(String slug) {
    return SLUG.matcher(slug).matches();
  }

  /** Whether {@code slug} is lowercase kebab-case: words of letters and digits joined by single hyphens. */
  public static boolean isKebabCase(String slug) {
    return KEBAB.matcher(slug).matches();
  }
}
