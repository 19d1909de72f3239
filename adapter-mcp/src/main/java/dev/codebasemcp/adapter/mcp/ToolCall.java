package dev.codebasemcp.adapter.mcp;

/** What a tool handler gets: the arguments and a line back to the client for progress. */
record ToolCall(ToolArguments arguments, ProgressReporter progress) {
}
