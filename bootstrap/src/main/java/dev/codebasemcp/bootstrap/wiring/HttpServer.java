package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.adapter.http.HealthCheck;
import dev.codebasemcp.adapter.http.HttpApi;
import dev.codebasemcp.adapter.http.HttpApiUseCases;
import dev.codebasemcp.adapter.http.PrometheusMetrics;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.service.MeteredIndexer;
import dev.codebasemcp.bootstrap.config.Settings;
import java.time.Clock;
import java.util.List;

/**
 * The HTTP API and dashboard over an opened application. Metrics see every indexing run because
 * the application's indexer is wrapped ({@link #metricsOptions}) before the application is built.
 */
public final class HttpServer implements AutoCloseable {

    private final HttpApi api;

    private HttpServer(HttpApi api) {
        this.api = api;
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
    public static HttpServer start(CodebaseMcpApplication application, PrometheusMetrics metrics, String host, int port) {
        UseCases useCases = application.useCases();
        HttpApiUseCases httpUseCases = new HttpApiUseCases(useCases.startIndexing(), useCases.indexingStatus(),
                useCases.listJobs(), useCases.cancelIndexing(), useCases.searchCode());
        Settings.Http http = application.settings().http();
        HttpApi api = new HttpApi(httpUseCases, metrics, healthChecks(application), http.token(), http.allowedHosts());
        return new HttpServer(api.start(host, port));
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
    }
}
