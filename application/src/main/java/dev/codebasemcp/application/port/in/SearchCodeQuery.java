package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.index.LanguageDetector;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.CodeTokens;
import dev.codebasemcp.domain.search.PathGlob;
import dev.codebasemcp.domain.search.PosixRegex;
import dev.codebasemcp.domain.search.QueryTerm;
import dev.codebasemcp.domain.search.RegexSyntax;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.domain.search.TrigramText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A validated search request. Build it from user input with {@link #builder(String)}, which takes the
 * optional fields as the interfaces receive them (strings and boxed numbers, null for "not given").
 *
 * @param query         the text to find: words for {@code text}, a substring of one line for {@code literal},
 *                      a ripgrep/RE2/Java regular expression matched against each line for {@code regex}
 * @param projectId     only repositories of this project, or null for all projects
 * @param repoPath      only this repository (absolute, normalized), or null for all
 * @param mode          text (ranked, default), literal or regex
 * @param pathGlob      only files whose relative path matches, or null
 * @param language      only files of this language, or null; a name of {@link LanguageDetector#known()} or an
 *                      alias of one ({@code js}, {@code ts}, {@code golang}, {@code py}, ...), any case
 * @param limit         1..{@value #MAX_LIMIT} hits, default {@value #DEFAULT_LIMIT}
 * @param offset        0..{@value #MAX_OFFSET} hits of the full answer to skip, for the next page after
 *                      {@code limit_reached} (default 0)
 * @param caseSensitive literal and regex only: match case exactly (default true); text search ignores case
 * @param contextLines  0..{@value #MAX_CONTEXT_LINES} lines shown before and after each matching line,
 *                      default {@value #DEFAULT_CONTEXT_LINES}
 */
public record SearchCodeQuery(String query, ProjectId projectId, Path repoPath, SearchMode mode, PathGlob pathGlob,
                              String language, int limit, int offset, boolean caseSensitive,
                              int contextLines) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 1000;
    public static final int DEFAULT_CONTEXT_LINES = 2;
    public static final int MAX_CONTEXT_LINES = 10;
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_TEXT_TERMS = 32;
    /** PostgreSQL refuses a tsquery word longer than this. */
    public static final int MAX_WORD_BYTES = 2047;

    public SearchCodeQuery {
        if (mode == null) {
            mode = SearchMode.DEFAULT;
        }
        checkQuery(query, mode);
        if (language != null) {
            String given = language;
            language = LanguageDetector.canonical(given).orElseThrow(() -> new InvalidInputException("language",
                    "Unknown language: '" + given + "'. Known languages: " + String.join(", ", LanguageDetector.known())
                            + " (aliases such as js, ts, golang, py are accepted)"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got: " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidInputException("offset", "offset must be between 0 and " + MAX_OFFSET + ", got: " + offset);
        }
        if (contextLines < 0 || contextLines > MAX_CONTEXT_LINES) {
            throw new InvalidInputException("context_lines",
                    "context_lines must be between 0 and " + MAX_CONTEXT_LINES + ", got: " + contextLines);
        }
    }

    /** This query narrowed to the repository at {@code path} instead. */
    public SearchCodeQuery withRepoPath(Path path) {
        return new SearchCodeQuery(query, projectId, path, mode, pathGlob, language, limit, offset, caseSensitive,
                contextLines);
    }

    public static Builder builder(String query) {
        return new Builder(query);
    }

    /** The words of a text query; empty for the other modes. */
    public List<QueryTerm> terms() {
        return mode == SearchMode.TEXT ? CodeTokens.ofQuery(query) : List.of();
    }

    /** The parsed pattern of a regex query; null for the other modes. */
    public PosixRegex regex() {
        return mode == SearchMode.REGEX ? PosixRegex.parse(RegexSyntax.toPostgres(query)) : null;
    }

    private static void checkQuery(String query, SearchMode mode) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("query", "query must not be empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("query", "query is " + query.length() + " characters long; at most "
                    + MAX_QUERY_LENGTH + " are allowed");
        }
        switch (mode) {
            case TEXT -> checkTextQuery(query);
            case LITERAL -> {
                checkSingleLine(query);
                if (TrigramText.longestRun(query) < TrigramText.MIN_RUN) {
                    throw tooLittleLiteralText(query, "literal");
                }
            }
            case REGEX -> {
                checkSingleLine(query);
                if (PosixRegex.parse(RegexSyntax.toPostgres(query)).requiredRun() < TrigramText.MIN_RUN) {
                    throw tooLittleLiteralText(query, "regex");
                }
            }
        }
    }

    private static void checkTextQuery(String query) {
        List<QueryTerm> words = CodeTokens.ofQuery(query);
        for (QueryTerm word : words) {
            int bytes = word.identifier().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_WORD_BYTES) {
                throw new InvalidInputException("query", "query word '" + abbreviate(word.identifier()) + "' is " + bytes
                        + " bytes long in UTF-8; a word may have at most " + MAX_WORD_BYTES
                        + " bytes (use mode literal to search for a long run of text)");
            }
        }
        int terms = words.size();
        if (terms == 0) {
            throw new InvalidInputException("query", "query has no words to search for: '" + query
                    + "' (text mode searches identifiers and words; use mode literal or regex for punctuation)");
        }
        if (terms > MAX_TEXT_TERMS) {
            throw new InvalidInputException("query", "query has " + terms + " distinct words; at most "
                    + MAX_TEXT_TERMS + " are allowed");
        }
    }

    private static String abbreviate(String word) {
        return word.length() <= 40 ? word : word.substring(0, 40) + "...";
    }

    private static void checkSingleLine(String query) {
        if (query.indexOf('\n') >= 0 || query.indexOf('\r') >= 0) {
            throw new InvalidInputException("query", "query must be a single line: literal and regex searches"
                    + " match line by line");
        }
    }

    private static InvalidInputException tooLittleLiteralText(String query, String mode) {
        String example = mode.equals("regex") ? " (for example 'parse' in 'parse\\w*Args')" : "";
        return new InvalidInputException("query", "query '" + query + "' needs at least " + TrigramText.MIN_RUN
                + " consecutive letters or digits in " + mode + " mode" + example
                + ", otherwise the trigram index cannot narrow the search and every line would be scanned");
    }

    /** Collects optional fields as interfaces receive them; {@link #build()} validates everything. */
    public static final class Builder {
        private final String query;
        private ProjectId projectId;
        private Path repoPath;
        private SearchMode mode = SearchMode.DEFAULT;
        private PathGlob pathGlob;
        private String language;
        private int limit = DEFAULT_LIMIT;
        private int offset;
        private boolean caseSensitive = true;
        private int contextLines = DEFAULT_CONTEXT_LINES;

        private Builder(String query) {
            this.query = query;
        }

        public Builder projectId(String value) {
            projectId = value == null || value.isBlank() ? null : ProjectId.of(value.strip());
            return this;
        }

        /** Syntax-checked; the search resolves it to its real path, as the indexer stores repositories. */
        public Builder repoPath(String value) {
            repoPath = value == null || value.isBlank() ? null : PathPolicy.checkSyntax(value.strip());
            return this;
        }

        public Builder mode(String value) {
            mode = SearchMode.parse(value);
            return this;
        }

        public Builder pathGlob(String value) {
            pathGlob = value == null || value.isBlank() ? null : new PathGlob(value.strip());
            return this;
        }

        public Builder language(String value) {
            language = value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
            return this;
        }

        public Builder limit(Integer value) {
            limit = value == null ? DEFAULT_LIMIT : value;
            return this;
        }

        public Builder offset(Integer value) {
            offset = value == null ? 0 : value;
            return this;
        }

        public Builder caseSensitive(Boolean value) {
            caseSensitive = value == null || value;
            return this;
        }

        public Builder contextLines(Integer value) {
            contextLines = value == null ? DEFAULT_CONTEXT_LINES : value;
            return this;
        }

        public SearchCodeQuery build() {
            return new SearchCodeQuery(query, projectId, repoPath, mode, pathGlob, language, limit, offset,
                    caseSensitive, contextLines);
        }
    }
}
