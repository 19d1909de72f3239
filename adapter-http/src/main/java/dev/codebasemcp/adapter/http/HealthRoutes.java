package dev.codebasemcp.adapter.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: 200 when every check is up, 503 with the failing checks otherwise. */
final class HealthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final List<HealthCheck> checks;

    HealthRoutes(List<HealthCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    void health(Context ctx) {
        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        boolean allUp = true;
        for (HealthCheck check : checks) {
            HealthCheck.Result result = run(check);
            allUp &= result.up();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", result.up() ? "up" : "down");
            entry.put("detail", result.detail());
            results.put(check.name(), entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", allUp ? "up" : "down");
        body.put("checks", results);
        ctx.status(allUp ? 200 : 503).json(body);
    }

    private static HealthCheck.Result run(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            LOG.warn("Health check {} failed", check.name(), e);
            return HealthCheck.Result.down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
