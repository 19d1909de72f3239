package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** Binds an {@link McpTool} to the SDK: arguments in, structured result or isError result out. */
final class ToolSpecifications {

    private ToolSpecifications() {
    }

    static SyncToolSpecification of(McpTool tool, CancellableCalls calls) {
        McpSchema.Tool definition = tool.definition();
        return SyncToolSpecification.builder()
                .tool(definition)
                .callHandler((exchange, request) -> {
                    try {
                        return call(tool, definition.name(), exchange, request, calls.cancellationOf(request.meta()));
                    } finally {
                        calls.finished(request.meta());
                    }
                })
                .build();
    }

    static CallToolResult call(McpTool tool, String name, McpSyncServerExchange exchange, CallToolRequest request,
                               Cancellation cancellation) {
        ToolArguments arguments = ToolArguments.of(request.arguments());
        try {
            ToolOutcome outcome = tool.handle(
                    new ToolCall(exchange == null ? "" : exchange.sessionId(), arguments,
                            progressReporter(exchange, request), cancellation));
            return CallToolResult.builder()
                    .addTextContent(outcome.text())
                    .structuredContent(outcome.structured())
                    .isError(false)
                    .build();
        } catch (RuntimeException failure) {
            return ToolErrors.toResult(name, arguments, failure);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Error failure) {
            // A broken class or assertion inside one call must still answer the client, not leave it waiting.
            return ToolErrors.toResult(name, arguments, new IllegalStateException(failure.toString(), failure));
        }
    }

    private static ProgressReporter progressReporter(McpSyncServerExchange exchange, CallToolRequest request) {
        Object token = request.progressToken();
        if (token == null || exchange == null) {
            return ProgressReporter.NONE;
        }
        return (progress, total, message) ->
                exchange.progressNotification(new McpSchema.ProgressNotification(token, progress, total, message));
    }
}
