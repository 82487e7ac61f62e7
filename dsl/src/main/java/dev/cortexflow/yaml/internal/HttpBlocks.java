package dev.cortexflow.yaml.internal;

import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import java.util.Optional;

/** Maps the request blocks: HTTP_REQUEST, HTTP_REQUEST_ASYNC, ADVANCED_HTTP_REQUEST and AWS. */
final class HttpBlocks {
  private HttpBlocks() {}

  static Optional<BlockSchema> read(String type, Fields s) {
    BlockSchema schema = switch (type) {
      case "HTTP_REQUEST" -> HttpRequest.builder()
          .url(s.string("url", Need.REQUIRED))
          .httpMethod(HttpMethod.of(s.string("httpMethod", Need.REQUIRED)))
          .headers(s.stringMap("headers", Need.REQUIRED))
          .payload(s.optString("payload"))
          .integration(s.optString("integration"))
          .integrationAlias(s.optString("integrationAlias"))
          .targetHost(s.optString("targetHost"))
          .extensions(s.extensions())
          .build();
      case "HTTP_REQUEST_ASYNC" -> HttpRequestAsync.builder()
          .url(s.string("url", Need.REQUIRED))
          .httpMethod(HttpMethod.of(s.string("httpMethod", Need.REQUIRED)))
          .headers(s.stringMap("headers", Need.REQUIRED))
          .payload(s.optString("payload"))
          .timeoutInSeconds(s.optInt("timeoutInSeconds"))
          .integration(s.optString("integration"))
          .integrationAlias(s.optString("integrationAlias"))
          .targetHost(s.optString("targetHost"))
          .extensions(s.extensions())
          .build();
      case "ADVANCED_HTTP_REQUEST" -> AdvancedHttpRequest.builder()
          .actionIdentifier(s.string("actionIdentifier", Need.REQUIRED))
          .integrationAlias(s.optString("integrationAlias"))
          .inputs(s.jsonMap("inputs", Need.REQUIRED))
          .extensions(s.extensions())
          .build();
      case "AWS" -> Aws.builder()
          .accountId(s.string("accountId", Need.REQUIRED))
          .region(s.string("region", Need.REQUIRED))
          .actionIdentifier(s.string("actionIdentifier", Need.REQUIRED))
          .inputs(s.jsonMap("inputs", Need.REQUIRED))
          .extensions(s.extensions())
          .build();
      default -> null;
    };
    return Optional.ofNullable(schema);
  }

  static boolean write(BlockSchema schema, Out out) {
    if (schema instanceof HttpRequest h) {
      out.put("url", h.url()).put("httpMethod", h.httpMethod().value()).stringMap("headers", h.headers())
          .opt("payload", h.payload()).opt("integration", h.integration())
          .opt("integrationAlias", h.integrationAlias()).opt("targetHost", h.targetHost());
    } else if (schema instanceof HttpRequestAsync h) {
      out.put("url", h.url()).put("httpMethod", h.httpMethod().value()).stringMap("headers", h.headers())
          .opt("payload", h.payload()).optNumber("timeoutInSeconds", h.timeoutInSeconds())
          .opt("integration", h.integration()).opt("integrationAlias", h.integrationAlias())
          .opt("targetHost", h.targetHost());
    } else if (schema instanceof AdvancedHttpRequest a) {
      out.put("actionIdentifier", a.actionIdentifier()).opt("integrationAlias", a.integrationAlias())
          .jsonMap("inputs", a.inputs());
    } else if (schema instanceof Aws a) {
      out.put("accountId", a.accountId()).put("region", a.region()).put("actionIdentifier", a.actionIdentifier())
          .jsonMap("inputs", a.inputs());
    } else {
      return false;
    }
    return true;
  }
}
