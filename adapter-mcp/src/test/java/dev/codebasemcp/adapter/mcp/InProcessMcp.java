package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link StdioMcpServer} on fake use cases and the SDK's own client, joined by in-memory pipes. */
final class InProcessMcp implements AutoCloseable {

    final FakeIndexingUseCases useCases = new FakeIndexingUseCases();
    final FakeSearch search = new FakeSearch();
    final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    final StdioMcpServer server;
    final McpSyncClient client;
    private final StreamClientTransport transport;

    InProcessMcp(Path workingDirectory) {
        this(workingDirectory, Clock.systemUTC());
    }

    InProcessMcp(Path workingDirectory, Clock clock) {
        try {
            Pipe clientToServer = Pipe.open();
            Pipe serverToClient = Pipe.open();
            server = StdioMcpServer.start(useCases.asUseCases(search),
                    new McpServerSettings("test", workingDirectory, clock, Duration.ofMillis(1)),
                    Channels.newInputStream(clientToServer.source()), Channels.newOutputStream(serverToClient.sink()));
            transport = new StreamClientTransport(McpJsonDefaults.getMapper(),
                    Channels.newInputStream(serverToClient.source()), Channels.newOutputStream(clientToServer.sink()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(30))
                .progressConsumer(progress::add)
                .build();
        client.initialize();
    }

    CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    CallToolResult callWithProgressToken(String tool, Map<String, Object> arguments, String token) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments)
                .progressToken(token).build());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    /**
     * An error result as {@code error} (code), {@code field} and {@code message}; it must carry no
     * structuredContent, which strict clients would check against the tool's output schema.
     */
    static Map<String, Object> error(CallToolResult result) {
        if (!Boolean.TRUE.equals(result.isError()) || result.structuredContent() != null) {
            throw new AssertionError("expected an error result without structuredContent, got: " + result);
        }
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("error", result.meta().get("codebase-mcp/error"));
        if (result.meta().containsKey("codebase-mcp/field")) {
            error.put("field", result.meta().get("codebase-mcp/field"));
        }
        error.put("message", text(result));
        return error;
    }

    static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().getFirst()).text();
    }

    /** Ends the server's input the way a client closing stdin does. */
    void closeClientSide() {
        transport.closeGracefully().block();
    }

    @Override
    public void close() {
        client.closeGracefully();
        server.close();
    }
}
