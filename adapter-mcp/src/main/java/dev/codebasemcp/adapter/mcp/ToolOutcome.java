package dev.codebasemcp.adapter.mcp;

import java.util.Map;
import java.util.Objects;

/**
 * A successful tool result: a short sentence for people and the structured content for programs.
 *
 * @param text       one or two lines a human can read in a chat
 * @param structured the result as snake_case fields, matching the tool's output schema
 */
record ToolOutcome(String text, Map<String, Object> structured) {

    ToolOutcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structured, "structured");
    }
}
