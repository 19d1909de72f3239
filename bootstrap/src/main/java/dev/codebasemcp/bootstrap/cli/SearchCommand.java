package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = {
        "Search the indexed repositories and print the matching lines.",
        "One 'path:line: text' line per matching line, grep style (context lines as 'path-line- text');",
        "paths are relative to the working directory when inside it. Colour on a terminal unless NO_COLOR is set."})
final class SearchCommand implements Callable<Integer>, JsonCommand, ShortLivedCommand {

    private static final String PATH_COLOUR = "\u001b[35m";
    private static final String LINE_COLOUR = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    @ParentCommand
    private CodebaseMcpCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOutputOption json;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to find: words for text mode, "
            + "a substring of one line for literal, a PostgreSQL regular expression for regex.")
    private String query;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "text",
            description = "text (ranked, code-aware words), literal or regex (default: ${DEFAULT-VALUE}).")
    private String mode;

    @Option(names = "--project", paramLabel = "PROJECT", description = "Only repositories of this project.")
    private String project;

    @Option(names = "--repo", paramLabel = "REPO_PATH", description = "Only this repository; a relative path is taken from the working directory.")
    private String repository;

    @Option(names = "--path", paramLabel = "GLOB", description = "Only files whose path relative to the "
            + "repository matches this glob, e.g. 'src/**/*.java'.")
    private String pathGlob;

    @Option(names = "--lang", paramLabel = "LANGUAGE", description = "Only files of this language, e.g. java, python.")
    private String language;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N hits, 1-100 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0",
            description = "Show N lines before and after each matching line, 0-10 (default: ${DEFAULT-VALUE}).")
    private int context;

    @Override
    public Integer call() {
        SearchCodeQuery searchQuery = SearchCodeQuery.builder(query).mode(mode).projectId(project)
                .repoPath(repository == null ? null : Path.of("").toAbsolutePath().resolve(repository).normalize().toString())
                .pathGlob(pathGlob).language(language).limit(limit).contextLines(context).build();
        try (CodebaseMcpApplication application = root.openApplication()) {
            SearchResults results = application.useCases().searchCode().search(searchQuery);
            if (json.enabled()) {
                new Json(spec.commandLine().getOut()).print(toJson(results));
            } else {
                printLines(results);
            }
        }
        return ExitCodes.OK;
    }

    private void printLines(SearchResults results) {
        PrintWriter out = spec.commandLine().getOut();
        boolean colour = root.terminals().colourOnStdout();
        Path workingDirectory = Path.of("").toAbsolutePath();
        // Hits of neighbouring chunks may show the same line; grep-style output prints each line once.
        Set<String> printed = new HashSet<>();
        for (SearchHit hit : results.hits()) {
            String path = displayPath(hit, workingDirectory);
            for (SnippetLine line : hit.snippet()) {
                if (!printed.add(hit.absolutePath() + ":" + line.number())) {
                    continue;
                }
                String separator = line.match() ? ":" : "-";
                out.println(colour
                        ? PATH_COLOUR + path + RESET + separator + LINE_COLOUR + line.number() + RESET + separator + " " + line.text()
                        : path + separator + line.number() + separator + " " + line.text());
            }
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (results.hits().isEmpty()) {
            err.println("No matches.");
        } else if (results.limitReached()) {
            err.println("More matches exist than the " + results.hits().size()
                    + " shown: raise --limit or narrow the query.");
        }
        err.flush();
    }

    private static String displayPath(SearchHit hit, Path workingDirectory) {
        Path absolute = Path.of(hit.absolutePath());
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString() : hit.absolutePath();
    }

    private static Map<String, Object> toJson(SearchResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", results.mode().label());
        json.put("limit_reached", results.limitReached());
        json.put("hits", results.hits().stream().map(SearchCommand::toJson).toList());
        return json;
    }

    private static Map<String, Object> toJson(SearchHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project_id", hit.projectId());
        json.put("repository", hit.repository());
        json.put("path", hit.path());
        json.put("absolute_path", hit.absolutePath());
        json.put("language", hit.language());
        json.put("start_line", hit.startLine());
        json.put("end_line", hit.endLine());
        json.put("match_lines", hit.matchLines());
        json.put("score", hit.score());
        List<Map<String, Object>> snippet = hit.snippet().stream().map(line -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("line", line.number());
            entry.put("text", line.text());
            entry.put("match", line.match());
            return entry;
        }).toList();
        json.put("snippet", snippet);
        return json;
    }

    @Override
    public boolean jsonOutput() {
        return json.enabled();
    }
}
