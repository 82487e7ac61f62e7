package dev.cortexflow.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cortexflow.sandbox.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP server on the loopback interface. The JDK's server reads a request's line and headers on a pool thread,
 * so a client that sends them slowly holds that thread: the pool that reads requests is larger than the handler
 * limit ({@code threads}, a semaphore), bounded ({@value #READERS} threads), and a request whose headers have not
 * arrived within {@value #REQUEST_SECONDS} s is disconnected.
 */
public final class SandboxServer implements AutoCloseable {
  private static final int MAX_RECORDED = 100_000;
  /** Threads that read requests and run handlers; at most {@code threads} of them handle at once. */
  static final int READERS = 32;
  /** Seconds a client has to send a request's line and headers, unless the JVM was started with another value. */
  static final int REQUEST_SECONDS = 5;

  static {
    // the JDK reads these once, when its HTTP server is first used:
    // without TCP_NODELAY every response waits for a delayed ACK between its header and body writes (~40 ms)
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // without a limit a client that sends its headers a byte a second holds a thread for as long as it likes
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
    }
  }

  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final Semaphore handlers;
  private final Gate gate;
  private final Router router;
  private final WorkflowStore store;
  private final AtomicLong requests = new AtomicLong();
  private final List<RecordedRequest> recorded = new ArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final String url;

  private SandboxServer(SandboxConfig config) throws IOException {
    this.store = new WorkflowStore(config.dataDirectory().map(WorkflowFiles::new));
    RunEngine engine = new RunEngine(config.directory(), config.runningPolls(), config.clock());
    WorkflowRoutes workflows = new WorkflowRoutes(store);
    this.router =
        new Router(workflows, new RunRoutes(workflows, engine), new DirectoryRoutes(config.directory()));
    this.gate = new Gate(config);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
    AtomicInteger threadNumber = new AtomicInteger();
    this.handlers = new Semaphore(config.threads());
    int readers = Math.max(READERS, config.threads());
    this.pool =
        new ThreadPoolExecutor(
            readers, readers, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024),
            r -> {
              Thread t = new Thread(r, "cortex-sandbox-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    pool.allowCoreThreadTimeOut(true);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    this.url = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    engine.baseUrl(url);
  }

  /** Binds and starts serving. */
  public static SandboxServer start(SandboxConfig config) {
    try {
      SandboxServer started = new SandboxServer(config);
      started.server.start();
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the sandbox on port " + config.port(), e);
    }
  }

  public String url() {
    return url;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public long requestCount() {
    return requests.get();
  }

  public List<RecordedRequest> recordedRequests() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  public void clearRecordedRequests() {
    synchronized (recorded) {
      recorded.clear();
    }
  }

  public int workflowCount() {
    return store.size();
  }

  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    server.stop(0);
    pool.shutdownNow();
    closed.countDown();
  }

  private void handle(HttpExchange exchange) {
    long number = requests.incrementAndGet();
    Call call = new Call(exchange);
    call.beforeAnswer(
        status -> record(new RecordedRequest(number, call.method(), call.path(), call.rawQuery(), status)));
    boolean handling = false;
    try {
      handlers.acquire();
      handling = true;
      if (gate.admit(call, number)) {
        router.route(call);
      }
    } catch (ApiException e) {
      respond(call, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call.drop();
    } catch (IOException e) {
      call.drop();
    } catch (RuntimeException e) {
      respond(call, new ApiException(500, "UNHANDLED_EXCEPTION", "Internal error: " + e.getClass().getSimpleName()));
    } finally {
      if (handling) {
        handlers.release();
      }
      call.announce(0);
      exchange.close();
    }
  }

  private static void respond(Call call, ApiException error) {
    try {
      call.sendError(error);
    } catch (IOException | RuntimeException e) {
      call.drop();
    }
  }

  private void record(RecordedRequest request) {
    synchronized (recorded) {
      if (recorded.size() < MAX_RECORDED) {
        recorded.add(request);
      }
    }
  }
}
