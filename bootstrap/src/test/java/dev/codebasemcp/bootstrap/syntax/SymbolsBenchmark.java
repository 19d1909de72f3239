package dev.codebasemcp.bootstrap.syntax;

import dev.codebasemcp.application.port.out.DefinitionExtractor.Extraction;
import dev.codebasemcp.application.port.out.DefinitionExtractor.Outcome;
import dev.codebasemcp.domain.symbol.Definition;
import dev.codebasemcp.domain.symbol.SymbolKind;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Extracts the definitions of every .java file under a tree on one and on two threads, reports the
 * time, and compares the classes, interfaces and methods (constructors count as methods, as in ctags)
 * with Universal Ctags' {@code -R --languages=Java --kinds-Java=cim}: recall, precision, and the
 * differences written to {@code <work>/symbols-missed.txt} and {@code symbols-extra.txt}.
 * Arguments: tree, work directory. The report is the standard output.
 */
public final class SymbolsBenchmark {

    private static final PrintStream OUT = System.out;

    private SymbolsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]).toRealPath();
        Path work = Path.of(args[1]).toAbsolutePath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tree)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        long bytes = files.stream().mapToLong(SymbolsBenchmark::size).sum();
        OUT.printf(Locale.ROOT, "%d .java files, %.1f MB, %d processors%n", files.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors());

        Map<Path, List<Definition>> definitions = null;
        for (int threads : new int[] {1, 2}) {
            definitions = extractAll(files, threads);
        }

        long started = System.nanoTime();
        List<UniversalCtags.Tag> tags = UniversalCtags.tags(List.of("-R", "--languages=Java", "--kinds-Java=cim"), tree);
        OUT.printf(Locale.ROOT, "ctags: %d tags in %.1f s%n", tags.size(), (System.nanoTime() - started) / 1e9);
        compare(tree, definitions, tags, work);
    }

    private static Map<Path, List<Definition>> extractAll(List<Path> files, int threads) throws Exception {
        TreeSitterDefinitionExtractor extractor = new TreeSitterDefinitionExtractor(ExtractionLimits.DEFAULT);
        Map<Path, List<Definition>> definitions = new ConcurrentHashMap<>();
        Map<Outcome, Integer> outcomes = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> work = new ArrayList<>();
            for (Path file : files) {
                work.add(pool.submit(() -> {
                    Extraction extraction = extractor.extract(file.toString(), "java", read(file));
                    outcomes.merge(extraction.outcome(), 1, Integer::sum);
                    definitions.put(file, extraction.definitions());
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long count = definitions.values().stream().mapToLong(List::size).sum();
        OUT.printf(Locale.ROOT, "extraction on %d thread(s): %.1f s, %.0f files/s, %d definitions, outcomes %s%n",
                threads, seconds, files.size() / seconds, count, outcomes);
        return definitions;
    }

    private static void compare(Path tree, Map<Path, List<Definition>> definitions, List<UniversalCtags.Tag> tags,
                                Path work) throws IOException {
        // key: file|kind|qualified name -> our line ranges and ctags' lines
        Map<String, List<int[]>> ours = new HashMap<>();
        Map<SymbolKind, Integer> ourCounts = new EnumMap<>(SymbolKind.class);
        definitions.forEach((file, list) -> {
            for (Definition d : list) {
                String kind = switch (d.kind()) {
                    case CLASS -> "class";
                    case INTERFACE -> d.signature().contains("@interface") ? null : "interface";
                    case METHOD, CONSTRUCTOR -> "method";
                    default -> null;
                };
                if (kind != null) {
                    ourCounts.merge(d.kind(), 1, Integer::sum);
                    ours.computeIfAbsent(file + "|" + kind + "|" + d.qualifiedName(), k -> new ArrayList<>())
                            .add(new int[] {d.startLine(), d.endLine()});
                }
            }
        });
        Map<String, List<Integer>> theirs = new HashMap<>();
        for (UniversalCtags.Tag tag : tags) {
            String kind = switch (tag.kind()) {
                case "class" -> "class";
                case "interface" -> "interface";
                case "method" -> "method";
                default -> null;
            };
            if (kind != null) {
                String qualified = tag.scope().isEmpty() ? tag.name() : tag.scope() + "." + tag.name();
                theirs.computeIfAbsent(tag.path() + "|" + kind + "|" + qualified, k -> new ArrayList<>()).add(tag.line());
            }
        }
        long ourTotal = ours.values().stream().mapToLong(List::size).sum();
        long theirTotal = theirs.values().stream().mapToLong(List::size).sum();
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        long matched = 0;
        for (var entry : theirs.entrySet()) {
            List<int[]> ranges = new ArrayList<>(ours.getOrDefault(entry.getKey(), List.of()));
            for (int line : entry.getValue()) {
                int hit = indexOfRangeContaining(ranges, line);
                if (hit >= 0) {
                    ranges.remove(hit);
                    matched++;
                } else {
                    missed.add(relative(tree, entry.getKey()) + "|" + line);
                }
            }
        }
        for (var entry : ours.entrySet()) {
            List<Integer> lines = new ArrayList<>(theirs.getOrDefault(entry.getKey(), List.of()));
            for (int[] range : entry.getValue()) {
                int hit = indexOfLineWithin(lines, range);
                if (hit >= 0) {
                    lines.remove(hit);
                } else {
                    extra.add(relative(tree, entry.getKey()) + "|" + range[0] + "-" + range[1]);
                }
            }
        }
        missed.sort(null);
        extra.sort(null);
        Files.createDirectories(work);
        Files.write(work.resolve("symbols-missed.txt"), missed);
        Files.write(work.resolve("symbols-extra.txt"), extra);
        OUT.printf(Locale.ROOT, "ours (class, interface, method incl. constructors): %d %s; ctags (cim): %d%n",
                ourTotal, ourCounts, theirTotal);
        OUT.printf(Locale.ROOT, "recall %.4f (%d of ctags' %d found), precision %.4f (%d of our %d confirmed)%n",
                matched / (double) theirTotal, matched, theirTotal, matched / (double) ourTotal, matched, ourTotal);
        OUT.printf(Locale.ROOT, "differences: %s (%d), %s (%d)%n", work.resolve("symbols-missed.txt"), missed.size(),
                work.resolve("symbols-extra.txt"), extra.size());
    }

    private static int indexOfRangeContaining(List<int[]> ranges, int line) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i)[0] <= line && line <= ranges.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLineWithin(List<Integer> lines, int[] range) {
        for (int i = 0; i < lines.size(); i++) {
            if (range[0] <= lines.get(i) && lines.get(i) <= range[1]) {
                return i;
            }
        }
        return -1;
    }

    private static String relative(Path tree, String key) {
        return key.startsWith(tree + "/") ? key.substring(tree.toString().length() + 1) : key;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new String(readBytes(file), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
