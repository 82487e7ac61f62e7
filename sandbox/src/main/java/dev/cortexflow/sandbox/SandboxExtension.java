package dev.cortexflow.sandbox;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link CortexSandbox} per test class and injects it into test
 * methods, lifecycle methods and constructors that declare a {@code CortexSandbox} parameter. The sandbox
 * is closed after the last test of the class; state is shared between the tests of one class.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class PushTest {
 *   @Test
 *   void pushes(CortexSandbox sandbox) { ... sandbox.url() ... }
 * }
 *
 * class LimitedTest {
 *   @RegisterExtension
 *   static final SandboxExtension SANDBOX = SandboxExtension.withOptions(b -> b.rateLimit(5, Duration.ofMinutes(1)));
 * }
 * }</pre>
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);
  private static final String KEY = "sandbox";

  private final Consumer<CortexSandbox.Builder> options;

  /** A sandbox with default options; used by {@code @ExtendWith(SandboxExtension.class)}. */
  public SandboxExtension() {
    this(builder -> {});
  }

  private SandboxExtension(Consumer<CortexSandbox.Builder> options) {
    this.options = options;
  }

  /**
   * An extension whose sandbox gets these options; register it on a static field with
   * {@code @RegisterExtension} so that it starts before the first test of the class.
   *
   * @param options applied to the builder of each sandbox this extension starts
   * @return the extension
   */
  public static SandboxExtension withOptions(Consumer<CortexSandbox.Builder> options) {
    return new SandboxExtension(Objects.requireNonNull(options, "options"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    store(context).getOrComputeIfAbsent(KEY, key -> start(), Resource.class);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Resource resource = store(context).remove(KEY, Resource.class);
    if (resource != null) {
      resource.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CortexSandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    Resource resource = store(classContext).getOrComputeIfAbsent(KEY, key -> start(), Resource.class);
    if (resource == null) {
      throw new ParameterResolutionException("no sandbox for " + context.getDisplayName());
    }
    return resource.sandbox;
  }

  /** The sandbox of the test class {@code context} belongs to, when one is running. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  private Resource start() {
    CortexSandbox.Builder builder = CortexSandbox.builder();
    options.accept(builder);
    return new Resource(builder.build().start());
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }

  /** Closes the sandbox when JUnit discards the store, also when afterAll did not run. */
  private static final class Resource implements ExtensionContext.Store.CloseableResource {
    private final CortexSandbox sandbox;

    Resource(CortexSandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public void close() {
      sandbox.close();
    }
  }
}
