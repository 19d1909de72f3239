package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.application.port.in.UseCases;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** The seven tools of the server, bound to the use cases and one session. */
final class CodebaseMcpTools {

    private CodebaseMcpTools() {
    }

    static List<McpTool> create(UseCases useCases, McpServerSettings settings) {
        SessionDirectory session = new SessionDirectory(settings.workingDirectory());
        return List.of(
                new StartIndexingBackgroundTool(useCases.startIndexing(), session),
                new GetIndexingStatusTool(useCases.indexingStatus()),
                new ListBackgroundJobsTool(useCases.listJobs()),
                new CancelIndexingJobTool(useCases.cancelIndexing()),
                new IndexRepositoryTool(useCases.startIndexing(), useCases.indexingStatus(), session,
                        settings.clock(), settings.statusPollInterval()),
                new SearchCodeTool(useCases.searchCode(), useCases.resolveProject(), session),
                new SetWorkingDirectoryTool(session, useCases.resolveProject()));
    }

    /** The server's identity, instructions and tools on a transport's specification, built. */
    static McpSyncServer serve(McpServer.SyncSpecification<?> transport, UseCases useCases,
                               McpServerSettings settings, CancellableCalls calls) {
        return transport.serverInfo(StdioMcpServer.SERVER_NAME, settings.serverVersion())
                .instructions(StdioMcpServer.INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(specifications(useCases, settings, calls))
                .build();
    }

    static List<SyncToolSpecification> specifications(UseCases useCases, McpServerSettings settings,
                                                      CancellableCalls calls) {
        return create(useCases, settings).stream().map(tool -> ToolSpecifications.of(tool, calls)).toList();
    }
}
