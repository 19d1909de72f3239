package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.UseCases;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson3;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API, the metrics and health endpoints, the dashboard and, when given, the MCP endpoint,
 * on Javalin. Every request must name an allowed host ({@link HostCheck}); every {@code /api},
 * {@code /mcp} and {@code /metrics} request needs the bearer token when one is configured.
 */
public final class HttpApi {

    static final String OPENAPI_RESOURCE = "/dev/codebasemcp/adapter/http/openapi.json";

    private final Javalin javalin;
    private final boolean tokenConfigured;

    /** An API that accepts only the loopback names in the Host header. */
    public HttpApi(UseCases useCases, PrometheusMetrics metrics, List<HealthCheck> healthChecks, String token) {
        this(useCases, metrics, healthChecks, token, List.of(), null);
    }

    /**
     * @param token        the bearer token every /api, /mcp and /metrics request must carry, or null for none (loopback only)
     * @param allowedHosts names besides the loopback ones a Host or Origin header may carry, each {@code name} or {@code name:port}
     * @param mcpEndpoint  the MCP streamable HTTP transport served at {@value McpRoute#PATH}, or null for none
     */
    public HttpApi(UseCases useCases, PrometheusMetrics metrics, List<HealthCheck> healthChecks, String token,
                   List<String> allowedHosts, HttpServlet mcpEndpoint) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(metrics, "metrics");
        metrics.watchActiveJobs(useCases.listJobs());
        this.tokenConfigured = token != null && !token.isBlank();
        JsonMapper mapper = JsonMapper.builder().build();
        JobRoutes jobs = new JobRoutes(useCases.startIndexing(), useCases.indexingStatus(), useCases.listJobs(),
                useCases.cancelIndexing(), new JsonBodies(mapper));
        SearchRoutes search = new SearchRoutes(useCases.searchCode(), useCases.resolveProject(), metrics);
        HealthRoutes health = new HealthRoutes(healthChecks);
        DashboardRoutes dashboard = new DashboardRoutes();
        byte[] openApi = loadOpenApi();
        this.javalin = Javalin.create(config -> {
            configure(config, mapper);
            RoutesConfig routes = config.routes;
            ProblemResponses.register(routes);
            routes.before(new HostCheck(allowedHosts));
            if (tokenConfigured) {
                BearerTokenCheck tokenCheck = new BearerTokenCheck(token);
                routes.before("/api/*", tokenCheck);
                routes.before(McpRoute.PATH, tokenCheck);
                routes.before("/metrics", tokenCheck);
            }
            if (mcpEndpoint != null) {
                McpRoute.register(routes, mcpEndpoint);
            }
            routes.post(JobRoutes.JOBS, jobs::start);
            routes.get(JobRoutes.JOBS, jobs::list);
            routes.get(JobRoutes.JOB, jobs::status);
            routes.post(JobRoutes.CANCEL, jobs::cancel);
            routes.get(SearchRoutes.SEARCH, search::search);
            routes.get("/health", health::health);
            routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
            routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            routes.get("/", dashboard::page);
            routes.get("/assets/{name}", dashboard::asset);
        });
    }

    /** The configured, not yet started Javalin application (tests drive it with javalin-testtools). */
    public Javalin javalin() {
        return javalin;
    }

    /**
     * Starts listening.
     *
     * @throws BindingPolicy.UnsafeBindingException when {@code host} is not loopback and no token is configured
     */
    public HttpApi start(String host, int port) {
        BindingPolicy.check(host, tokenConfigured);
        javalin.start(host, port);
        return this;
    }

    /** The port listened on, useful after starting on port 0. */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static void configure(JavalinConfig config, JsonMapper mapper) {
        config.jsonMapper(new JavalinJackson3(mapper, false));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = JsonBodies.MAX_BODY_BYTES;
        config.concurrency.useVirtualThreads = true;
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = HttpApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document missing from the classpath: " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
