package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.adapter.mcp.McpServerSettings;
import dev.codebasemcp.adapter.mcp.StdioMcpServer;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code codebase-mcp mcp}: the MCP server on stdin/stdout, plus this process's job worker so a
 * client that only speaks MCP gets its jobs done. The server answers at once while the database
 * opens behind it. Returns when the client closes stdin, after the worker has handed its running
 * jobs back.
 */
@Command(name = "mcp", description = {
        "Serve the MCP tools over stdio (JSON-RPC on stdin/stdout) and run indexing jobs in this process.",
        "Logs go to stderr. Exits when stdin closes; running jobs are handed back for another process to resume."})
public final class McpCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(McpCommand.class);

    @ParentCommand
    private CodebaseMcpCommand root;

    @Override
    public Integer call() throws InterruptedException {
        // Configuration errors end the command before any protocol traffic, with the CLI's own message.
        root.settings();
        InputStream protocolIn = System.in;
        PrintStream protocolOut = System.out;
        // stdout carries protocol messages only: anything else that prints lands on stderr.
        System.setOut(System.err);
        try (OpeningApplication application = OpeningApplication.start(this::openAndStartWorker);
             StdioMcpServer server = StdioMcpServer.start(application.asUseCases(),
                     McpServerSettings.defaults(VersionProvider.version()), protocolIn, protocolOut)) {
            LOG.info("MCP server listening on stdio, {} ms after process start", uptimeMillis());
            server.awaitEndOfInput();
            LOG.info("stdin closed: stopping the MCP server and handing running jobs back");
        } finally {
            System.setOut(protocolOut);
        }
        return ExitCodes.OK;
    }

    private CodebaseMcpApplication openAndStartWorker() {
        CodebaseMcpApplication application = root.openApplication();
        application.closeOnShutdown();
        application.startWorker();
        LOG.info("Database open and job worker running, {} ms after process start", uptimeMillis());
        return application;
    }

    private static long uptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
