package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * One MCP tool: its definition (name, schemas, description) and its behaviour. Handlers throw
 * for refused input; {@link ToolSpecifications} turns every exception into an isError result.
 */
interface McpTool {

    McpSchema.Tool definition();

    ToolOutcome handle(ToolCall call);
}
