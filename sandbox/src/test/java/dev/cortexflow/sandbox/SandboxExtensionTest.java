package dev.cortexflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxExtensionTest {
  private static final AtomicReference<CortexSandbox> CLOSED_LATER = new AtomicReference<>();

  @ExtendWith(SandboxExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  @Nested
  class WithDefaults {
    private static final AtomicReference<CortexSandbox> FIRST = new AtomicReference<>();

    @BeforeAll
    static void before(CortexSandbox sandbox) {
      FIRST.set(sandbox);
      CLOSED_LATER.set(sandbox);
    }

    @Test
    @Order(1)
    void injects_a_started_sandbox(CortexSandbox sandbox) {
      assertThat(new Api(sandbox).postJson("/api/v1/workflows", Workflows.global("a", "A")).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void shares_one_sandbox_per_class(CortexSandbox sandbox) {
      assertThat(sandbox).isSameAs(FIRST.get());
      assertThat(sandbox.workflowCount()).isEqualTo(1);
    }
  }

  @Nested
  class WithOptions {
    @RegisterExtension
    final SandboxExtension extension =
        SandboxExtension.withOptions(b -> b.token("fixed").rateLimit(100, Duration.ofMinutes(1)));

    @Test
    void applies_the_options(CortexSandbox sandbox) {
      assertThat(new Api(sandbox.url(), "other").get("/api/v1/workflows").status()).isEqualTo(403);
      assertThat(new Api(sandbox.url(), "fixed").get("/api/v1/workflows").status()).isEqualTo(200);
    }
  }

  @AfterAll
  static void the_sandbox_of_a_finished_class_is_closed() {
    CortexSandbox sandbox = CLOSED_LATER.get();
    assertThat(sandbox).isNotNull();
    assertThat(sandbox.toString()).startsWith("CortexSandbox[http://127.0.0.1:");
    boolean refused;
    try {
      new Api(sandbox).get("/api/v1/workflows");
      refused = false;
    } catch (java.io.UncheckedIOException e) {
      refused = true;
    }
    assertThat(refused).isTrue();
  }
}
