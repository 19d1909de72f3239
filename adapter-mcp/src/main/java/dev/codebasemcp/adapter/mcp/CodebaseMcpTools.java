package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.List;

/** The seven tools of the server, bound to the use cases and one session. */
final class CodebaseMcpTools {

    private CodebaseMcpTools() {
    }

    static List<McpTool> create(McpUseCases useCases, McpServerSettings settings) {
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

    static List<SyncToolSpecification> specifications(McpUseCases useCases, McpServerSettings settings,
                                                      CancellableCalls calls) {
        return create(useCases, settings).stream().map(tool -> ToolSpecifications.of(tool, calls)).toList();
    }
}
