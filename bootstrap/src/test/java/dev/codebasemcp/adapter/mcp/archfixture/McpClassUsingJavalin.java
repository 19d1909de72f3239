package dev.codebasemcp.adapter.mcp.archfixture;

/** Breaks the "Javalin only in adapter-http" rule on purpose. */
public class McpClassUsingJavalin {
    public Class<?> context() {
        return io.javalin.http.Context.class;
    }
}
