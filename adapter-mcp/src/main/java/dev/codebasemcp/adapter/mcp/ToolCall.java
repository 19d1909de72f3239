package dev.codebasemcp.adapter.mcp;

/**
 * What a tool handler gets: the arguments, a line back to the client for progress, and whether the
 * client cancelled the call.
 */
record ToolCall(ToolArguments arguments, ProgressReporter progress, Cancellation cancellation) {
}
