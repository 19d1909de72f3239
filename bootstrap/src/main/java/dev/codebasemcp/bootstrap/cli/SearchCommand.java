package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SearchResultsView;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
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
        "One 'path:line: text' line per matching line, grep style (context lines as 'path-line- text'),",
        "'--' between hits and between separate regions of one hit; paths are relative to the working",
        "directory when inside it. Colour on a terminal unless NO_COLOR is set."})
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
            + "a substring of one line for literal, a regular expression in ripgrep/RE2/Java syntax for regex.")
    private String query;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "text",
            description = "text (ranked, code-aware words), literal or regex (default: ${DEFAULT-VALUE}).")
    private String mode;

    @Option(names = "--project", paramLabel = "PROJECT", description = "Only repositories of this project (default: the project_id of a "
            + ".codebase-mcp/config.json above the working directory, else CODEBASE_DEFAULT_PROJECT; with --repo "
            + "alone, whatever project holds that repository).")
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

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Skip the first N hits: the next page after 'more hits exist' (default: ${DEFAULT-VALUE}).")
    private int offset;

    @Option(names = {"-i", "--ignore-case"}, description = "literal and regex: ignore case (text always does).")
    private boolean ignoreCase;

    @Option(names = {"-l", "--files-with-matches"}, description = "Print only the paths of files with hits, once each.")
    private boolean filesOnly;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "0",
            description = "Print at most N lines of results; 0 for no limit (default: ${DEFAULT-VALUE}).")
    private int maxLines;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0",
            description = "Show N lines before and after each matching line, 0-10 (default: ${DEFAULT-VALUE}).")
    private int context;

    @Override
    public Integer call() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        String repoPath = repository == null ? null : workingDirectory.resolve(repository).normalize().toString();
        try (CodebaseMcpApplication application = root.openApplication()) {
            SearchCodeQuery searchQuery = SearchCodeQuery.builder(query).mode(mode)
                    .projectId(application.useCases().resolveProject().projectForSearch(project, repoPath, workingDirectory))
                    .repoPath(repoPath).pathGlob(pathGlob).language(language).limit(limit).offset(offset)
                    .caseSensitive(!ignoreCase).contextLines(context).build();
            SearchResults results = application.useCases().searchCode().search(searchQuery);
            if (json.enabled()) {
                new Json(spec.commandLine().getOut()).print(SearchResultsView.of(results));
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
        GrepPrinter printer = new GrepPrinter(out, maxLines < 1 ? Integer.MAX_VALUE : maxLines);
        // Hits of neighbouring chunks may show the same line; grep-style output prints each line once.
        Set<String> printed = new HashSet<>();
        for (SearchHit hit : results.hits()) {
            String path = displayPath(hit, workingDirectory);
            if (filesOnly) {
                if (printed.add(path)) {
                    printer.line(colour ? PATH_COLOUR + path + RESET : path);
                }
                continue;
            }
            printer.startHit();
            int previous = -1;
            for (SnippetLine line : hit.snippet()) {
                if (!printed.add(hit.absolutePath() + ":" + line.number())) {
                    continue;
                }
                if (previous >= 0 && line.number() > previous + 1) {
                    printer.startHit();
                }
                previous = line.number();
                String separator = line.match() ? ":" : "-";
                printer.line(colour
                        ? PATH_COLOUR + path + RESET + separator + LINE_COLOUR + line.number() + RESET + separator + " " + line.text()
                        : path + separator + line.number() + separator + " " + line.text());
            }
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (results.hits().isEmpty()) {
            err.println("No matches.");
        } else if (printer.linesLeftOut() > 0) {
            err.println(printer.linesLeftOut() + " more lines left out by --max-lines " + maxLines + ".");
        }
        if (results.note() != null) {
            err.println(results.note().replace("offset=", "--offset "));
        }
        err.flush();
    }

    private static String displayPath(SearchHit hit, Path workingDirectory) {
        Path absolute = Path.of(hit.absolutePath());
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString() : hit.absolutePath();
    }

    /** Prints lines up to a limit, with grep's {@code --} between groups, and counts what it left out. */
    private static final class GrepPrinter {
        private final PrintWriter out;
        private final int maxLines;
        private int printed;
        private int leftOut;
        private boolean separatorDue;

        GrepPrinter(PrintWriter out, int maxLines) {
            this.out = out;
            this.maxLines = maxLines;
        }

        void startHit() {
            separatorDue = printed > 0;
        }

        void line(String text) {
            if (printed >= maxLines) {
                leftOut++;
                return;
            }
            if (separatorDue) {
                out.println("--");
                separatorDue = false;
            }
            out.println(text);
            printed++;
        }

        int linesLeftOut() {
            return leftOut;
        }
    }

    @Override
    public boolean jsonOutput() {
        return json.enabled();
    }
}
