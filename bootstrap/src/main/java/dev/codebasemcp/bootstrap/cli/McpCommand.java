package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.adapter.mcp.McpServerSettings;
import dev.codebasemcp.adapter.mcp.McpUseCases;
import dev.codebasemcp.adapter.mcp.StdioMcpServer;
import dev.codebasemcp.application.service.jobs.ProjectResolver;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import dev.codebasemcp.bootstrap.wiring.UseCases;
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
 * client that only speaks MCP gets its jobs done. Returns when the client closes stdin, after the
 * worker has handed its running jobs back.
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
        InputStream protocolIn = System.in;
        PrintStream protocolOut = System.out;
        // stdout carries protocol messages only: anything else that prints lands on stderr.
        System.setOut(System.err);
        try (CodebaseMcpApplication application = root.openApplication()) {
            application.closeOnShutdown();
            application.startWorker();
            try (StdioMcpServer server = StdioMcpServer.start(useCases(application),
                    McpServerSettings.defaults(VersionProvider.version()), protocolIn, protocolOut)) {
                LOG.info("Ready for MCP requests on stdio, {} ms after process start",
                        ManagementFactory.getRuntimeMXBean().getUptime());
                server.awaitEndOfInput();
                LOG.info("stdin closed: stopping the MCP server and handing running jobs back");
            }
        } finally {
            System.setOut(protocolOut);
        }
        return ExitCodes.OK;
    }

    private static McpUseCases useCases(CodebaseMcpApplication application) {
        UseCases useCases = application.useCases();
        ProjectResolver projects = new ProjectResolver(application.settings().defaultProject());
        return new McpUseCases(useCases.startIndexing(), useCases.indexingStatus(), useCases.listJobs(),
                useCases.cancelIndexing(), projects::resolve, useCases.searchCode());
    }
}
