package dev.codebasemcp.adapter.http.archfixture;

import dev.codebasemcp.adapter.mcp.archfixture.McpClassUsingHttp;

/** Breaks the "MCP SDK only in adapter-mcp" and "adapters never depend on each other" rules for HTTP on purpose. */
public class HttpClassUsingMcpSdk {
    public Object both() {
        return java.util.List.of(io.modelcontextprotocol.spec.McpSchema.class, new McpClassUsingHttp());
    }
}
