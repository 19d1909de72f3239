package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.adapter.http.PrometheusMetrics;
import dev.codebasemcp.application.port.out.FakeIndexer;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.persistence.jooq.job.PostgresJobStore;
import dev.codebasemcp.persistence.jooq.testing.TestDatabase;
import dev.codebasemcp.persistence.jooq.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the HTTP API over loopback: {@value #CONNECTIONS} concurrent connections, each sending
 * its next request as soon as the previous one is answered, for a bounded time per scenario.
 * Reports requests per second and latency percentiles for starting jobs and reading their status.
 *
 * <p>Without arguments it serves the API itself over a real PostgreSQL job store (the server in
 * {@code CODEBASE_TEST_DATABASE_URL}, else an embedded one), the real job services and worker, and
 * a fake indexer (indexing cost is not what is measured). With a base URL it loads that server.
 *
 * <pre>
 * ./mvnw -o -q -pl bootstrap -am test-compile
 * ./mvnw -o -q -pl bootstrap exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.codebasemcp.bootstrap.wiring.HttpLoadBenchmark [-Dexec.args=http://127.0.0.1:8765]
 * </pre>
 */
public final class HttpLoadBenchmark {

    static final int CONNECTIONS = 50;
    static final int REPOSITORIES = 500;
    static final Duration WARM_UP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(10);

    private static final Pattern JOB_ID = Pattern.compile("\"job_id\":\"([0-9a-f-]{36})\"");

    private HttpLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("codebase-http-bench");
        List<Path> repositories = new ArrayList<>();
        for (int i = 0; i < REPOSITORIES; i++) {
            repositories.add(Files.createDirectories(work.resolve("repos").resolve("repo-" + i)));
        }
        if (args.length > 0) {
            report(run(URI.create(args[0]), repositories));
            return;
        }
        PrometheusMetrics metrics = new PrometheusMetrics();
        try (TestDatabase database = TestDatabases.migrated();
             CodebaseMcpApplication application = TestApplication.inMemory(
                     new SettingsLoader(Map.of(), work, work).load(), new FakeIndexer(3), TestApplication.NOTHING_INDEXED)
                     .withJobStore(new PostgresJobStore(database.dataSource()))
                     .open(HttpServer.metricsOptions(metrics, Clock.systemUTC()))) {
            application.startWorker();
            try (HttpServer server = HttpServer.start(application, metrics, "127.0.0.1", 0, "test")) {
                report(run(URI.create("http://127.0.0.1:" + server.port()), repositories));
            }
        }
    }

    private static List<Result> run(URI base, List<Path> repositories) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, Boolean> seen = new ConcurrentHashMap<>();
        LongFunction<HttpRequest> start = n -> HttpRequest.newBuilder(base.resolve("/api/v1/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"repo_path\":\"" + repositories.get((int) (n % repositories.size())) + "\"}"))
                .build();
        Result started = measure("POST /api/v1/jobs (start)", client, start, body -> {
            Matcher matcher = JOB_ID.matcher(body);
            if (matcher.find()) {
                seen.putIfAbsent(matcher.group(1), true);
            }
        });
        List<String> jobIds = new ArrayList<>(seen.keySet());
        LongFunction<HttpRequest> status = n -> HttpRequest.newBuilder(
                base.resolve("/api/v1/jobs/" + jobIds.get((int) (n % jobIds.size())))).GET().build();
        Result statuses = measure("GET /api/v1/jobs/{id} (status)", client, status, body -> { });
        LongFunction<HttpRequest> list = n -> HttpRequest.newBuilder(base.resolve("/api/v1/jobs?limit=20")).GET().build();
        Result lists = measure("GET /api/v1/jobs?limit=20 (list)", client, list, body -> { });
        return List.of(started, statuses, lists);
    }

    private static Result measure(String name, HttpClient client, LongFunction<HttpRequest> requests,
                                  Consumer<String> bodies) throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
        long ends = warmUpEnds + MEASURE.toNanos();
        List<long[]> perConnection = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            long[][] latencies = {new long[1024]};
            int[] count = {0};
            Thread thread = Thread.ofVirtual().start(() -> {
                while (true) {
                    long begin = System.nanoTime();
                    if (begin >= ends) {
                        break;
                    }
                    HttpResponse<String> response = send(client, requests.apply(sequence.getAndIncrement()));
                    long took = System.nanoTime() - begin;
                    bodies.accept(response.body());
                    if (begin >= warmUpEnds) {
                        statuses.computeIfAbsent(response.statusCode(), code -> new AtomicLong()).incrementAndGet();
                        if (count[0] == latencies[0].length) {
                            latencies[0] = Arrays.copyOf(latencies[0], count[0] * 2);
                        }
                        latencies[0][count[0]++] = took;
                    }
                }
                synchronized (perConnection) {
                    perConnection.add(Arrays.copyOf(latencies[0], count[0]));
                }
            });
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = perConnection.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<Integer, Long> codes = new TreeMap<>();
        statuses.forEach((code, n) -> codes.put(code, n.get()));
        return new Result(name, all.length, all.length / (double) MEASURE.toSeconds(),
                percentile(all, 50), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1], codes);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void report(List<Result> results) {
        System.err.printf("%d connections, %d s measured after %d s warm-up, %d cores%n", CONNECTIONS,
                MEASURE.toSeconds(), WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors());
        System.err.println("| scenario | requests/s | p50 ms | p99 ms | max ms | responses |");
        System.err.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.err.printf("| %s | %.0f | %.2f | %.2f | %.1f | %s |%n", r.name(), r.perSecond(), r.p50() / 1e6,
                    r.p99() / 1e6, r.max() / 1e6, r.statusCodes());
        }
    }

    record Result(String name, long requests, double perSecond, long p50, long p99, long max, Map<Integer, Long> statusCodes) {
    }
}
