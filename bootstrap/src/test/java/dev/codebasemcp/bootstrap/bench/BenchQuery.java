package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.domain.search.SearchMode;
import java.util.List;

/** One fixed query of the search benchmark. */
record BenchQuery(SearchMode mode, String query, boolean caseSensitive) {

    /** The fixed query set over the JDK sources: literal, regex and ranked text. */
    static final List<BenchQuery> JDK = List.of(
            literal("ConcurrentHashMap"),
            literal("synchronized (this)"),
            literal("throw new IllegalStateException("),
            literal("Thread.currentThread().getContextClassLoader()"),
            literal("private static final long serialVersionUID"),
            literal("Doug Lea"),
            literal("FunctionalInterface"),
            new BenchQuery(SearchMode.LITERAL, "todo", false),
            regex("^import java\\.util\\.concurrent\\..*;$"),
            regex("public\\s+static\\s+void\\s+main\\s*\\("),
            regex("(ArrayList|LinkedList)<String>"),
            regex("catch \\((IOException|InterruptedException) \\w+\\)"),
            regex("@since\\s+1\\.[0-4]$"),
            regex("Objects\\.requireNonNull\\(\\w+, \"[^\"]*\"\\)"),
            regex("(?i)utf-?8 decoder"),
            text("hash map resize"),
            text("parse int"),
            text("HashMap"),
            text("thread pool executor"),
            text("read_line"),
            text("string builder append"),
            text("class loader"),
            text("compare and set"));

    private static BenchQuery literal(String query) {
        return new BenchQuery(SearchMode.LITERAL, query, true);
    }

    private static BenchQuery regex(String query) {
        return new BenchQuery(SearchMode.REGEX, query, true);
    }

    private static BenchQuery text(String query) {
        return new BenchQuery(SearchMode.TEXT, query, true);
    }

    SearchCodeQuery.Builder builder() {
        return SearchCodeQuery.builder(query).mode(mode.label()).caseSensitive(caseSensitive);
    }

    String label() {
        return mode.label() + (caseSensitive ? "" : " -i") + " " + query;
    }
}
