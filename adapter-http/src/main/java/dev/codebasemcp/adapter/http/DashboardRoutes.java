package dev.codebasemcp.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serves the single-page dashboard and its two assets from the classpath, read once at start. */
final class DashboardRoutes {

    private static final String BASE = "/dev/codebasemcp/adapter/http/dashboard/";
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final byte[] page = load("index.html");
    private final Map<String, Asset> assets = Map.of(
            "dashboard.css", new Asset(load("dashboard.css"), "text/css; charset=utf-8"),
            "dashboard.js", new Asset(load("dashboard.js"), "text/javascript; charset=utf-8"));

    void page(Context ctx) {
        secure(ctx).contentType("text/html; charset=utf-8").result(page);
    }

    void asset(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("name"));
        if (asset == null) {
            throw new ApiProblemException(ProblemType.NOT_FOUND, "No dashboard asset named " + ctx.pathParam("name"));
        }
        secure(ctx).contentType(asset.contentType()).result(asset.bytes());
    }

    private static Context secure(Context ctx) {
        return ctx.header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache");
    }

    private static byte[] load(String name) {
        try (InputStream in = DashboardRoutes.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard resource missing from the classpath: " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Asset(byte[] bytes, String contentType) {
    }
}
