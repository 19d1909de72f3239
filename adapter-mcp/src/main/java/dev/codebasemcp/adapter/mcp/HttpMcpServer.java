package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.application.port.in.UseCases;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.http.HttpServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server over streamable HTTP, on the SDK's servlet transport. The HTTP server mounts
 * {@link #servlet()} at {@link #ENDPOINT}, behind its own token and Host checks; every client
 * session shares this process's use cases, worker pool and index.
 */
public final class HttpMcpServer implements AutoCloseable {

    public static final String ENDPOINT = "/mcp";

    private static final Logger LOG = LoggerFactory.getLogger(HttpMcpServer.class);

    private final McpSyncServer server;
    private final HttpServlet servlet;

    private HttpMcpServer(McpSyncServer server, HttpServlet servlet) {
        this.server = server;
        this.servlet = servlet;
    }

    public static HttpMcpServer create(UseCases useCases, McpServerSettings settings) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint(ENDPOINT)
                .build();
        CancellableCalls calls = new CancellableCalls();
        McpSyncServer server = CodebaseMcpTools.serve(McpServer.sync(transport), useCases, settings, calls);
        LOG.info("MCP server {} {} serving streamable HTTP at {}", StdioMcpServer.SERVER_NAME,
                settings.serverVersion(), ENDPOINT);
        return new HttpMcpServer(server, new CancellationTaggingServlet(transport, calls, McpJsonDefaults.getMapper()));
    }

    /** Handles POST (messages) and DELETE (end of session) on {@link #ENDPOINT}. */
    public HttpServlet servlet() {
        return servlet;
    }

    @Override
    public void close() {
        server.closeGracefully();
    }
}
