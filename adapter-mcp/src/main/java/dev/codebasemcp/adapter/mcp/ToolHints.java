package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;

/**
 * The annotations clients use to decide whether a tool needs the user's confirmation. Every hint is
 * stated explicitly: the protocol's defaults (not read-only, destructive) would make clients ask
 * before each search. No tool reaches beyond the local index and file system (openWorldHint false).
 */
final class ToolHints {

    private ToolHints() {
    }

    /** Reads only; calling it again gives the same answer for the same state. */
    static ToolAnnotations readOnly(String title) {
        return hints(title, true, false, true);
    }

    /** Changes state but never discards indexed data. */
    static ToolAnnotations additive(String title, boolean idempotent) {
        return hints(title, false, false, idempotent);
    }

    /** Changes state and may discard work in progress. */
    static ToolAnnotations destructive(String title) {
        return hints(title, false, true, false);
    }

    private static ToolAnnotations hints(String title, boolean readOnly, boolean destructive, boolean idempotent) {
        return ToolAnnotations.builder().title(title).readOnlyHint(readOnly).destructiveHint(destructive)
                .idempotentHint(idempotent).openWorldHint(false).build();
    }
}
