package dev.codebasemcp.adapter.mcp.archfixture;

import dev.codebasemcp.adapter.http.archfixture.HttpClassUsingJooq;

/** Breaks the "adapters never depend on each other" rule on purpose. */
public class McpClassUsingHttp {

    public HttpClassUsingJooq other() {
        return new HttpClassUsingJooq();
    }
}
