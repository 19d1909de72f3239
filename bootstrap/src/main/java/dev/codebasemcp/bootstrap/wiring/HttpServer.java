package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.adapter.http.HealthCheck;
import dev.codebasemcp.adapter.http.HttpApi;
import dev.codebasemcp.adapter.http.PrometheusMetrics;
import dev.codebasemcp.adapter.mcp.HttpMcpServer;
import dev.codebasemcp.adapter.mcp.McpServerSettings;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.application.service.MeteredIndexer;
import dev.codebasemcp.bootstrap.config.Settings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The HTTP API, the dashboard and the MCP streamable HTTP endpoint over an opened application. Metrics see every indexing run because
 * the application's indexer is wrapped ({@link #metricsOptions}) before the application is built.
 */
public final class HttpServer implements AutoCloseable {

    private static final Set<String> WILDCARDS_AND_LOOPBACK = Set.of("0.0.0.0", "::", "[::]", "localhost",
            "127.0.0.1", "::1", "[::1]");

    private final HttpApi api;
    private final HttpMcpServer mcp;

    private HttpServer(HttpApi api, HttpMcpServer mcp) {
        this.api = api;
        this.mcp = mcp;
    }

    /** Options that report every indexing run of the application to {@code metrics}. */
    public static ApplicationOptions metricsOptions(PrometheusMetrics metrics, Clock clock) {
        return ApplicationOptions.NONE.withIndexerDecorator(indexer -> new MeteredIndexer(indexer, metrics, clock));
    }

    /**
     * Starts listening on {@code host:port} (port 0: any free port).
     *
     * @throws dev.codebasemcp.adapter.http.BindingPolicy.UnsafeBindingException for a non-loopback host without a token
     */
    public static HttpServer start(CodebaseMcpApplication application, PrometheusMetrics metrics, String host, int port,
                                   String serverVersion) {
        UseCases useCases = application.useCases();
        Settings.Http http = application.settings().http();
        HttpMcpServer mcp = HttpMcpServer.create(useCases, McpServerSettings.defaults(serverVersion));
        HttpApi api = new HttpApi(useCases, metrics, healthChecks(application), http.token(),
                acceptedHosts(http.allowedHosts(), host), mcp.servlet());
        try {
            return new HttpServer(api.start(host, port), mcp);
        } catch (RuntimeException e) {
            mcp.close();
            throw e;
        }
    }

    /**
     * The configured names plus the address the server was told to listen on, unless that is a
     * wildcard or loopback (loopback names are always accepted with the port): a client that reaches
     * the server by exactly that address or name sends it in its Host header, and a rebound name of
     * a foreign site never equals it.
     */
    static List<String> acceptedHosts(List<String> configured, String bindHost) {
        if (WILDCARDS_AND_LOOPBACK.contains(bindHost)) {
            return configured;
        }
        List<String> accepted = new ArrayList<>(configured);
        accepted.add(bindHost.contains(":") && !bindHost.startsWith("[") ? "[" + bindHost + "]" : bindHost);
        return accepted;
    }

    /** The database answers a query for jobs; this process's worker is running. */
    static List<HealthCheck> healthChecks(CodebaseMcpApplication application) {
        return List.of(
                HealthCheck.of("database", () -> {
                    application.useCases().listJobs().list(new ListJobsQuery(null, null, null, 1));
                    return HealthCheck.Result.up("the job table answers");
                }),
                HealthCheck.of("worker", () -> application.workerRunning()
                        ? HealthCheck.Result.up("claiming and running jobs")
                        : HealthCheck.Result.down("the job worker of this process is not running")));
    }

    public int port() {
        return api.port();
    }

    @Override
    public void close() {
        api.stop();
        mcp.close();
    }
}
