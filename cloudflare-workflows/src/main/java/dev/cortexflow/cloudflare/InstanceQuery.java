package dev.cortexflow.cloudflare;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters and paging of {@code GET .../instances}: status ({@code status}), creation window
 * ({@code date_start}, {@code date_end}, sent in UTC), page size ({@code per_page}), direction ({@code direction})
 * and the cursor of the page to read ({@code cursor}).
 *
 * <pre class="compilable">{@code
 * InstanceQuery.all().withStatus(InstanceStatus.ERRORED).since(Instant.parse("2026-12-01T00:00:00Z"))
 * }</pre>
 */
public record InstanceQuery(Optional<InstanceStatus> status, Optional<Instant> dateStart, Optional<Instant> dateEnd,
    int perPage, Optional<String> direction, Optional<String> cursor) {

  /** The largest page the API serves. */
  public static final int MAX_PER_PAGE = 100;

  /** Checks the components. */
  public InstanceQuery {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dateStart, "dateStart");
    Objects.requireNonNull(dateEnd, "dateEnd");
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException("perPage " + perPage + " is not valid: use 1 to " + MAX_PER_PAGE);
    }
    Objects.requireNonNull(direction, "direction");
    direction.ifPresent(d -> {
      if (!d.equals("asc") && !d.equals("desc")) {
        throw new IllegalArgumentException("direction '" + d + "' is not valid: use asc or desc");
      }
    });
    Objects.requireNonNull(cursor, "cursor");
  }

  /** Every instance, {@value #MAX_PER_PAGE} a page, in the API's order. */
  public static InstanceQuery all() {
    return new InstanceQuery(Optional.empty(), Optional.empty(), Optional.empty(), MAX_PER_PAGE, Optional.empty(),
        Optional.empty());
  }

  /** Only instances in {@code s} ({@code status}). */
  public InstanceQuery withStatus(InstanceStatus s) {
    return new InstanceQuery(Optional.of(s), dateStart, dateEnd, perPage, direction, cursor);
  }

  /** Only instances created at or after {@code start} ({@code date_start}). */
  public InstanceQuery since(Instant start) {
    return new InstanceQuery(status, Optional.of(start), dateEnd, perPage, direction, cursor);
  }

  /** Only instances created before {@code end} ({@code date_end}). */
  public InstanceQuery until(Instant end) {
    return new InstanceQuery(status, dateStart, Optional.of(end), perPage, direction, cursor);
  }

  /** Pages of {@code size} ({@code per_page}, 1 to {@value #MAX_PER_PAGE}). */
  public InstanceQuery perPage(int size) {
    return new InstanceQuery(status, dateStart, dateEnd, size, direction, cursor);
  }

  /** Oldest first ({@code direction=asc}). */
  public InstanceQuery ascending() {
    return new InstanceQuery(status, dateStart, dateEnd, perPage, Optional.of("asc"), cursor);
  }

  /** Newest first ({@code direction=desc}). */
  public InstanceQuery descending() {
    return new InstanceQuery(status, dateStart, dateEnd, perPage, Optional.of("desc"), cursor);
  }

  /** The page after the one that returned {@code next} ({@code cursor}). */
  public InstanceQuery after(String next) {
    return new InstanceQuery(status, dateStart, dateEnd, perPage, direction, Optional.of(next));
  }
}
