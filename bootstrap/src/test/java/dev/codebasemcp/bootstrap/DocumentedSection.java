package dev.codebasemcp.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A generated section of a documentation file, between {@code <!-- NAME:start -->} and
 * {@code <!-- NAME:end -->}. Tests compare it with what the code generates; running them with
 * {@code -Ddocs.update=true} rewrites the section instead.
 */
public record DocumentedSection(String name) {

    /** The repository root: the parent of the module directory tests run in. */
    public static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    public String startMarker() {
        return "<!-- " + name + ":start -->";
    }

    public String endMarker() {
        return "<!-- " + name + ":end -->";
    }

    /** The files among {@code candidates} (relative to the root) that hold this section. */
    public List<Path> filesHoldingIt(String... candidates) {
        return Stream.of(candidates).map(ROOT::resolve).filter(Files::isRegularFile)
                .filter(file -> read(file).contains(startMarker())).toList();
    }

    /** The section's current text in {@code file}, without the markers. */
    public Optional<String> current(Path file) {
        String text = read(file);
        int start = text.indexOf(startMarker());
        int end = text.indexOf(endMarker());
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        return Optional.of(text.substring(start + startMarker().length(), end));
    }

    /** Replaces the section's text in {@code file} with {@code generated}. */
    public void rewrite(Path file, String generated) {
        String text = read(file);
        int start = text.indexOf(startMarker()) + startMarker().length();
        int end = text.indexOf(endMarker());
        try {
            Files.writeString(file, text.substring(0, start) + generated + text.substring(end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean updateRequested() {
        return Boolean.getBoolean("docs.update");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
