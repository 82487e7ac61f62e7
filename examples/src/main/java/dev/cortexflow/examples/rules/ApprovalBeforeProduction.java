package dev.cortexflow.examples.rules;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.validate.RuleCode;
import dev.cortexflow.validate.RuleContext;
import dev.cortexflow.validate.Violation;
import dev.cortexflow.validate.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every production deploy is approved first: an HTTP block ({@code HTTP_REQUEST} or {@code HTTP_REQUEST_ASYNC})
 * whose URL's host contains {@code prod} needs a {@code MANUAL_APPROVAL} block on every path from the root to it.
 * An ERROR at the block's {@code url} names the block, the path that reaches it unapproved, and the approvals that
 * run before it on other paths only.
 *
 * <pre>{@code
 * ERROR APPROVAL_BEFORE_PRODUCTION at /actions/3/schema/url: block 'deploy' (actions[3]) calls production host
 *   'deploy.prod.example.com', but the path choose -> route -> deploy passes no MANUAL_APPROVAL block ('approve'
 *   runs before it on other paths only): put a MANUAL_APPROVAL block on every path to 'deploy'
 * }</pre>
 *
 * <p>The host is the part of an absolute URL between {@code ://} and the first {@code /}, {@code ?} or {@code #},
 * without user info and port; a relative URL (an integration's base URL) has the host of {@code targetHost} when
 * set. Graphs without one root or with a cycle are left to the standard rules.
 */
public final class ApprovalBeforeProduction implements WorkflowRule {

  /** The code of this rule's violations. */
  public static final RuleCode CODE = RuleCode.of("APPROVAL_BEFORE_PRODUCTION",
      "An HTTP call to a production host needs a MANUAL_APPROVAL block on every path before it.");

  /** Creates the rule; ServiceLoader calls this. */
  public ApprovalBeforeProduction() {}

  @Override
  public void check(RuleContext workflow, List<Violation> out) {
    if (!workflow.isOrdered()) {
      return;
    }
    List<Block> blocks = workflow.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Optional<String> host = productionHost(blocks.get(i));
      if (host.isEmpty() || !workflow.isReachable(i)) {
        continue;
      }
      Optional<List<Integer>> unapproved = workflow.pathFromRootAvoiding(i, b -> isApproval(blocks.get(b)));
      if (unapproved.isPresent()) {
        out.add(Violation.error(CODE, workflow.pointer(i) + "/schema/url", message(workflow, i, host.get(),
            unapproved.get())));
      }
    }
  }

  private static String message(RuleContext workflow, int block, String host, List<Integer> path) {
    List<Block> blocks = workflow.blocks();
    String slug = blocks.get(block).slug();
    List<String> elsewhere = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      if (isApproval(blocks.get(b)) && workflow.isReachable(b) && workflow.reaches(b, block)) {
        elsewhere.add("'" + blocks.get(b).slug() + "'");
      }
    }
    String lacks = path.size() == 1 ? "it is the root, so no MANUAL_APPROVAL block runs before it"
        : "the path " + path.stream().map(b -> blocks.get(b).slug()).collect(Collectors.joining(" -> "))
            + " passes no MANUAL_APPROVAL block";
    String others = elsewhere.isEmpty() ? ""
        : " (" + String.join(", ", elsewhere) + (elsewhere.size() == 1 ? " runs" : " run")
            + " before it on other paths only)";
    return workflow.label(block) + " calls production host '" + host + "', but " + lacks + others
        + ": put a MANUAL_APPROVAL block on every path to '" + slug + "'";
  }

  private static boolean isApproval(Block block) {
    return block.schema() instanceof ManualApproval;
  }

  /** The host the block calls when it is an HTTP block and the host contains {@code prod}. */
  static Optional<String> productionHost(Block block) {
    Optional<String> host;
    if (block.schema() instanceof HttpRequest http) {
      host = host(http.url()).or(() -> http.targetHost().map(ApprovalBeforeProduction::hostOrSelf));
    } else if (block.schema() instanceof HttpRequestAsync http) {
      host = host(http.url()).or(() -> http.targetHost().map(ApprovalBeforeProduction::hostOrSelf));
    } else {
      return Optional.empty();
    }
    return host.filter(h -> h.toLowerCase(Locale.ROOT).contains("prod"));
  }

  private static String hostOrSelf(String targetHost) {
    return host(targetHost).orElse(targetHost);
  }

  /** The host of an absolute URL, empty for a relative one. */
  static Optional<String> host(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return Optional.empty();
    }
    String rest = url.substring(scheme + 3);
    int end = rest.length();
    for (char stop : new char[] {'/', '?', '#'}) {
      int at = rest.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String authority = rest.substring(0, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int port = authority.startsWith("[") ? authority.indexOf("]:") + 1 : authority.lastIndexOf(':');
    return Optional.of(port > 0 ? authority.substring(0, port) : authority);
  }
}
