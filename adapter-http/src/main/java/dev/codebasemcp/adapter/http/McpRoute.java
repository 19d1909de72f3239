package dev.codebasemcp.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServlet;

/**
 * Serves an MCP streamable HTTP transport, given as a servlet, at {@value #PATH}. It is routed
 * through Javalin rather than mounted beside it, so every before-handler (token, Host checks)
 * applies to it as to the API.
 */
final class McpRoute {

    static final String PATH = "/mcp";

    private McpRoute() {
    }

    static void register(RoutesConfig routes, HttpServlet transport) {
        routes.post(PATH, ctx -> transport.service(ctx.req(), ctx.res()));
        routes.delete(PATH, ctx -> transport.service(ctx.req(), ctx.res()));
        // The server sends nothing outside a request's own response stream, so it offers no GET stream;
        // the protocol has clients accept 405 here.
        routes.get(PATH, McpRoute::noStandaloneStream);
    }

    private static void noStandaloneStream(Context ctx) {
        ctx.header("Allow", "POST, DELETE").status(HttpStatus.METHOD_NOT_ALLOWED)
                .result("This MCP endpoint sends messages only on the response to a POST");
    }
}
