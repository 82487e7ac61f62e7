package dev.cortexflow.cloudflare.archfixture;

import dev.cortexflow.withcortex.WithCortexClient;

/** Breaks a module boundary: the Cloudflare module must not depend on the withcortex.ai module. */
final class CloudflareCallingWithCortex {
  WithCortexClient other;
}
