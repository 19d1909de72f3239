package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.domain.search.SearchMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The file:line pairs ripgrep reports for a literal or regex query, with the indexer's file rules. */
public final class RipgrepLines {

    private RipgrepLines() {
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("rg", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Set<String> of(BenchQuery query, Path tree, long maxFileBytes) throws IOException, InterruptedException {
        return of(query.mode(), query.query(), query.caseSensitive(), tree, maxFileBytes);
    }

    public static Set<String> of(SearchMode mode, String pattern, boolean caseSensitive, Path tree, long maxFileBytes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rg", "--line-number", "--with-filename", "--no-heading",
                "--color", "never", "--hidden", "--max-filesize", Long.toString(maxFileBytes), "--no-config"));
        if (mode == SearchMode.LITERAL) {
            command.add("--fixed-strings");
        }
        if (!caseSensitive) {
            command.add("--ignore-case");
        }
        command.add("--regexp");
        command.add(pattern);
        command.add(".");
        Process process = new ProcessBuilder(command).directory(tree.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> lines = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int first = line.indexOf(':');
                int second = line.indexOf(':', first + 1);
                String location = line.substring(0, second);
                lines.add(location.startsWith("./") ? location.substring(2) : location);
            }
        }
        process.waitFor();
        return lines;
    }
}
