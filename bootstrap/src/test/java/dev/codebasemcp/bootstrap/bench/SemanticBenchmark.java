package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.application.port.out.Embedder;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.Chunker;
import dev.codebasemcp.domain.semantic.EmbeddingText;
import dev.codebasemcp.domain.semantic.VectorIndex;
import dev.codebasemcp.domain.semantic.VectorMatch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Semantic-only retrieval on the relevance questions: chunks a sample of each corpus (every labelled
 * answer file plus randomly chosen others), embeds the text {@link EmbeddingText} builds for each chunk
 * with each candidate model, and ranks files by their best chunk's cosine to the question. Prints
 * throughput (chunks/s), query embedding latency, recall@10 and MRR@10 per corpus and model.
 *
 * <p>Arguments: {@code models=minilm,bge,e5 files=N text=summary|raw threads=T} then one or more
 * {@code name=tree=questions.tsv=extension}. Report on stdout.
 */
public final class SemanticBenchmark {

    private static final PrintStream REPORT = System.out;
    private static final int BATCH = 64;

    private SemanticBenchmark() {
    }

    record Corpus(String name, List<Path> files, List<String> texts, List<Integer> fileOfChunk,
                  List<RelevanceBenchmark.Question> questions, Path tree) {
    }

    public static void main(String[] args) throws IOException {
        List<String> models = List.of(option(args, "models", "minilm").split(","));
        int sampleFiles = Integer.parseInt(option(args, "files", "800"));
        boolean raw = option(args, "text", "summary").equals("raw");
        int threads = Integer.parseInt(option(args, "threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        List<Corpus> corpora = new ArrayList<>();
        for (String spec : Arrays.stream(args).filter(arg -> arg.split("=").length == 4).toList()) {
            String[] parts = spec.split("=");
            corpora.add(corpus(parts[0], Path.of(parts[1]), Path.of(parts[2]), parts[3], sampleFiles, raw));
        }
        List<String> summary = new ArrayList<>();
        for (String modelName : models) {
            Embedder embedder = EmbeddingCandidate.named(modelName).embedder(threads);
            long loading = System.nanoTime();
            embedder.embedQuery("warm up");
            REPORT.printf("%nmodel %s loaded in %.1f s%n", embedder.model(), (System.nanoTime() - loading) / 1e9);
            for (Corpus corpus : corpora) {
                summary.add(run(embedder, corpus, raw));
            }
        }
        REPORT.printf("%n%-8s %-22s %6s %6s %9s %9s %9s %9s%n", "corpus", "model", "files", "chunks", "chunks/s",
                "query ms", "recall@10", "MRR@10");
        summary.forEach(REPORT::println);
    }

    private static String run(Embedder embedder, Corpus corpus, boolean raw) {
        long started = System.nanoTime();
        VectorIndex.Builder builder = VectorIndex.builder(embedder.model());
        for (int from = 0; from < corpus.texts().size(); from += BATCH) {
            List<String> batch = corpus.texts().subList(from, Math.min(from + BATCH, corpus.texts().size()));
            List<float[]> vectors = embedder.embedPassages(batch);
            for (int i = 0; i < vectors.size(); i++) {
                builder.add(from + i, vectors.get(i));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        VectorIndex index = builder.build();
        REPORT.printf("%n## %s, %s (%s text): %d chunks of %d files embedded in %.1f s%n", corpus.name(), embedder.model(),
                raw ? "raw" : "summary", corpus.texts().size(), corpus.files().size(), seconds);
        int found = 0;
        double reciprocal = 0;
        long queryNanos = 0;
        for (RelevanceBenchmark.Question question : corpus.questions()) {
            long queryStarted = System.nanoTime();
            float[] vector = embedder.embedQuery(question.text());
            queryNanos += System.nanoTime() - queryStarted;
            List<String> ranked = rankedFiles(index.nearest(vector, 400), corpus);
            int rank = 0;
            for (int i = 0; i < Math.min(RelevanceBenchmark.CUTOFF, ranked.size()); i++) {
                if (question.answers().contains(ranked.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank > 0) {
                found++;
                reciprocal += 1.0 / rank;
            }
            REPORT.printf("%-4s %-70s %s%n", rank > 0 ? String.valueOf(rank) : "-", question.text(),
                    ranked.isEmpty() ? "(none)" : ranked.getFirst());
        }
        int questions = corpus.questions().size();
        return String.format("%-8s %-22s %6d %6d %9.1f %9.1f %9.2f %9.2f", corpus.name(), embedder.model().name()
                        + (raw ? " raw" : ""), corpus.files().size(), corpus.texts().size(), corpus.texts().size() / seconds,
                queryNanos / 1e6 / questions, (double) found / questions, reciprocal / questions);
    }

    /** Files in the order of their best chunk. */
    private static List<String> rankedFiles(List<VectorMatch> matches, Corpus corpus) {
        Set<String> files = new LinkedHashSet<>();
        for (VectorMatch match : matches) {
            files.add(relative(corpus.tree(), corpus.files().get(corpus.fileOfChunk().get((int) match.id()))));
        }
        return new ArrayList<>(files);
    }

    private static Corpus corpus(String name, Path tree, Path questionFile, String extension, int sampleFiles,
                                 boolean raw) throws IOException {
        Path root = tree.toRealPath();
        List<RelevanceBenchmark.Question> questions = RelevanceBenchmark.questions(questionFile);
        Set<String> answers = new LinkedHashSet<>();
        questions.forEach(question -> answers.addAll(question.answers()));
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith("." + extension))
                    .filter(path -> !path.toString().contains("-packages/")).sorted().toList();
        }
        List<Path> sample = new ArrayList<>(all.stream().filter(path -> answers.contains(relative(root, path))).toList());
        int answersPresent = sample.size();
        List<Path> others = new ArrayList<>(all.stream().filter(path -> !answers.contains(relative(root, path))).toList());
        Collections.shuffle(others, new Random(16));
        sample.addAll(others.subList(0, Math.max(0, Math.min(others.size(), sampleFiles - sample.size()))));
        Chunker chunker = new Chunker(IndexingSettings.defaults().chunking());
        List<String> texts = new ArrayList<>();
        List<Integer> fileOfChunk = new ArrayList<>();
        for (int f = 0; f < sample.size(); f++) {
            String content = new String(Files.readAllBytes(sample.get(f)), StandardCharsets.UTF_8);
            String path = relative(root, sample.get(f));
            for (Chunk chunk : chunker.chunk(content)) {
                texts.add(raw ? chunk.content() : EmbeddingText.forChunk(path, chunk.content()));
                fileOfChunk.add(f);
            }
        }
        REPORT.printf("corpus %s: %d of %d files sampled (%d labelled answers present), %d chunks, mean text %.0f chars%n",
                name, sample.size(), all.size(), answersPresent, texts.size(), texts.stream().mapToInt(String::length).average().orElse(0));
        return new Corpus(name, sample, texts, fileOfChunk, questions, root);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString();
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(name + "=") && arg.split("=").length == 2)
                .map(arg -> arg.substring(name.length() + 1)).findFirst().orElse(fallback);
    }
}
