package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.application.port.in.UseCases;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server over a pair of streams (the process's stdin and stdout in production). It serves
 * until the input ends; {@link #awaitEndOfInput()} lets the caller shut the rest down then.
 */
public final class StdioMcpServer implements AutoCloseable {

    static final String SERVER_NAME = "codebase-mcp";
    static final String INSTRUCTIONS = "Indexes source repositories into PostgreSQL and searches them. "
            + "Typical use: set_working_directory to the user's project, then start_indexing_background (or "
            + "index_repository to wait) with the repository's absolute path, poll get_indexing_status until "
            + "completed, then search_code. Once a repository is indexed, search_code finds definitions, usages "
            + "and topics across all its files in one call: prefer it to grep or to reading files one by one. "
            + "list_background_jobs and cancel_indexing_job manage jobs.";

    private static final Logger LOG = LoggerFactory.getLogger(StdioMcpServer.class);

    private final McpSyncServer server;
    private final EndOfInputWatcher input;

    private StdioMcpServer(McpSyncServer server, EndOfInputWatcher input) {
        this.server = server;
        this.input = input;
    }

    /** Starts serving at once; the client's initialize request may already be waiting on {@code in}. */
    public static StdioMcpServer start(UseCases useCases, McpServerSettings settings, InputStream in, OutputStream out) {
        EndOfInputWatcher watchedInput = new EndOfInputWatcher(in);
        ProtocolOutput protocolOut = new ProtocolOutput(out);
        CancellableCalls calls = new CancellableCalls();
        LineGuard guardedInput = new LineGuard(watchedInput, protocolOut, McpJsonDefaults.getMapper(),
                calls.connection(), LineGuard.MAX_LINE_BYTES);
        // The SDK's own limit sits above the guard's, which has already skipped longer lines.
        StdioServerTransportProvider transport = new StdioServerTransportProvider(McpJsonDefaults.getMapper(),
                guardedInput, protocolOut, 2 * LineGuard.MAX_LINE_BYTES);
        McpSyncServer server = CodebaseMcpTools.serve(McpServer.sync(transport), useCases, settings, calls);
        LOG.info("MCP server {} {} serving on stdio", SERVER_NAME, settings.serverVersion());
        return new StdioMcpServer(server, watchedInput);
    }

    /** Blocks until the client closes the input stream. */
    public void awaitEndOfInput() throws InterruptedException {
        input.await();
    }

    /** @return true when the input ended within the timeout */
    public boolean awaitEndOfInput(long timeout, TimeUnit unit) throws InterruptedException {
        return input.await(timeout, unit);
    }

    @Override
    public void close() {
        server.closeGracefully();
    }
}
