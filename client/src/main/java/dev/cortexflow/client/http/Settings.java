package dev.cortexflow.client.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** The checks every client builder applies to its settings, with one wording for all. */
public final class Settings {

  private Settings() {}

  /**
   * An absolute http(s) URL without its trailing slash; it may have a path ({@code https://host/client/v4}).
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static String baseUrl(String url) {
    Objects.requireNonNull(url, "url");
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    if (hasUserInfo(trimmed)) {
      // never echo such a URL: the part before '@' is usually a password or a token
      throw new IllegalArgumentException("base URL holds a user name or password (user:secret@host): give the URL"
          + " without it; the API token is sent as a bearer header");
    }
    try {
      URI uri = URI.create(trimmed);
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("base URL '" + url + "' is not valid: use http(s)://host[:port]");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("base URL '" + url + "' is not valid: use http(s)://host[:port]", e);
    }
    return trimmed;
  }

  /**
   * Whether {@code url} carries user info ({@code scheme://user:secret@host}), even when it is not a valid URI.
   */
  public static boolean hasUserInfo(String url) {
    int start = url.indexOf("://");
    int authority = start < 0 ? 0 : start + 3;
    int end = authority;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(authority, end).contains("@");
  }

  /** {@code d} when it is positive; {@code name} is the setting's name in the message. */
  public static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " " + d + " is not valid: use a positive duration");
    }
    return d;
  }

  /** {@code limit} when it is at least 1; {@code name} is the setting's name in the message. */
  public static int atLeastOne(int limit, String name) {
    if (limit < 1) {
      throw new IllegalArgumentException(name + " " + limit + " is not valid: use 1 or more");
    }
    return limit;
  }
}
