package dev.cortexflow.cloudflare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of instances.
 *
 * @param instances the page's instances ({@code result})
 * @param nextCursor the cursor of the next page ({@code result_info.cursor}); empty on the last page
 * @param totalCount how many instances match ({@code result_info.total_count}), when the API says
 */
public record InstancePage(List<Instance> instances, Optional<String> nextCursor, OptionalLong totalCount) {

  /** Checks and copies the components. */
  public InstancePage {
    instances = List.copyOf(instances);
    Objects.requireNonNull(nextCursor, "nextCursor");
    Objects.requireNonNull(totalCount, "totalCount");
  }
}
