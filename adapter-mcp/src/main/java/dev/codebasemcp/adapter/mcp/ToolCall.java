package dev.codebasemcp.adapter.mcp;

/**
 * What a tool handler gets: the MCP session it serves, the arguments, a line back to the client
 * for progress, and whether the client cancelled the call.
 */
record ToolCall(String sessionId, ToolArguments arguments, ProgressReporter progress, Cancellation cancellation) {
}
