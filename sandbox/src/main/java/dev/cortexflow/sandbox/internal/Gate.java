package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What happens before routing, in this order: injected faults (by request number), the rate limit, the
 * bearer token. Answers the request itself and returns false when it must go no further.
 */
final class Gate {
  private final SandboxConfig.Faults faults;
  private final RateLimiter limiter;
  private final Optional<byte[]> token;

  Gate(SandboxConfig config) {
    this.faults = config.faults();
    this.limiter = new RateLimiter(config.rateLimit(), config.rateWindow());
    this.token = config.token().map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  boolean admit(Call call, long number) throws IOException, InterruptedException {
    if (!faults.delay().isZero()) {
      Thread.sleep(faults.delay().toMillis());
    }
    if (faults.drops(number)) {
      call.drop();
      return false;
    }
    if (faults.loses(number)) {
      call.loseResponse();
    }
    if (faults.fails(number)) {
      call.sendError(new ApiException(500, "UNHANDLED_EXCEPTION", "Injected failure of request " + number));
      return false;
    }
    if (faults.throttles(number)) {
      tooManyRequests(call, faults.retryAfterSeconds());
      return false;
    }
    OptionalLong retryAfter = limiter.acquire();
    if (retryAfter.isPresent()) {
      tooManyRequests(call, retryAfter.getAsLong());
      return false;
    }
    return authorized(call);
  }

  private boolean authorized(Call call) throws IOException {
    String header = call.header("Authorization");
    String presented = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      presented = header.substring(7).trim();
    }
    if (presented == null || presented.isEmpty()) {
      call.setHeader("WWW-Authenticate", "Bearer");
      call.sendError(new ApiException(401, "FORBIDDEN", "Missing bearer token: send 'Authorization: Bearer <token>'"));
      return false;
    }
    if (token.isPresent()
        && !MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8))) {
      call.sendError(ApiException.forbidden("The bearer token is not valid for this workspace"));
      return false;
    }
    return true;
  }

  private static void tooManyRequests(Call call, long retryAfterSeconds) throws IOException {
    ObjectNode problem = Codec.object();
    problem.put("type", "about:blank");
    problem.put("title", "Too Many Requests");
    problem.put("status", 429);
    problem.put("detail", "Rate limit exceeded: retry after " + retryAfterSeconds + " seconds");
    problem.put("instance", call.path());
    problem.put("retryAfter", retryAfterSeconds);
    call.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    call.send(429, Codec.writeJson(problem), "application/problem+json");
  }
}
