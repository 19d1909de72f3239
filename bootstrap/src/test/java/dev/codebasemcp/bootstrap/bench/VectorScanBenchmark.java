package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.domain.semantic.EmbeddingModelId;
import dev.codebasemcp.domain.semantic.QuantizedVector;
import dev.codebasemcp.domain.semantic.VectorIndex;
import dev.codebasemcp.domain.semantic.VectorMatch;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Where exact cosine stops scaling: search time of {@link VectorIndex} over random 384-dimension int8
 * vectors at growing sizes, and, for comparison, an HNSW graph (Lucene's, in memory, int8 vectors, M=16,
 * Lucene's defaults) at the sizes given by {@code hnsw=}: its build time, query time and recall@10 against
 * exact. Wall-clock percentiles depend on what else the machine runs; the median CPU time of the
 * searching thread does much less.
 *
 * <p>Arguments (defaults shown): {@code sizes=10000,20000,100000,300000 hnsw=20000 queries=40}. Report on stdout.
 */
public final class VectorScanBenchmark {

    private static final PrintStream REPORT = System.out;
    private static final EmbeddingModelId MODEL = new EmbeddingModelId("random", 384);
    private static final int K = 10;
    private static final int WARM_UP = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private VectorScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = ints(option(args, "sizes", "10000,20000,100000,300000"));
        Set<Integer> hnswSizes = new HashSet<>(ints(option(args, "hnsw", "20000")));
        int queries = Integer.parseInt(option(args, "queries", "40"));
        Random random = new Random(384);
        REPORT.printf("%-9s %-6s %10s %9s %9s %9s %9s %9s%n", "vectors", "index", "build s", "p50 ms", "p95 ms",
                "cpu50 ms", "MB", "recall@10");
        for (int size : sizes) {
            byte[][] vectors = new byte[size][];
            VectorIndex.Builder builder = VectorIndex.builder(MODEL);
            for (int id = 0; id < size; id++) {
                vectors[id] = randomBytes(random);
                builder.add(id, QuantizedVector.ofBytes(vectors[id]));
            }
            VectorIndex exact = builder.build();
            List<float[]> probes = new ArrayList<>();
            for (int q = 0; q < queries; q++) {
                probes.add(floats(randomBytes(random)));
            }
            long[] exactNanos = new long[queries];
            long[] exactCpuNanos = new long[queries];
            List<Set<Long>> truth = new ArrayList<>();
            for (int q = -WARM_UP; q < queries; q++) {
                float[] probe = probes.get(Math.floorMod(q, queries));
                long started = System.nanoTime();
                long cpuStarted = THREADS.getCurrentThreadCpuTime();
                List<VectorMatch> found = exact.nearest(probe, K);
                if (q >= 0) {
                    exactNanos[q] = System.nanoTime() - started;
                    exactCpuNanos[q] = THREADS.getCurrentThreadCpuTime() - cpuStarted;
                    truth.add(new HashSet<>(found.stream().map(VectorMatch::id).toList()));
                }
            }
            REPORT.printf("%-9d %-6s %10s %9.1f %9.1f %9.1f %9.1f %9s%n", size, "exact", "-", millis(exactNanos, 50),
                    millis(exactNanos, 95), millis(exactCpuNanos, 50), exact.memoryBytes() / 1e6, "1.00");
            if (hnswSizes.contains(size)) {
                hnsw(vectors, probes, truth);
            }
        }
    }

    private static void hnsw(byte[][] vectors, List<float[]> probes, List<Set<Long>> truth) throws IOException {
        long started = System.nanoTime();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(512))) {
                for (int id = 0; id < vectors.length; id++) {
                    Document document = new Document();
                    document.add(new KnnByteVectorField("v", vectors[id], VectorSimilarityFunction.COSINE));
                    document.add(new StoredField("id", id));
                    writer.addDocument(document);
                }
                writer.forceMerge(1);
            }
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                long[] nanos = new long[probes.size()];
                long[] cpuNanos = new long[probes.size()];
                int hits = 0;
                for (int q = -WARM_UP; q < probes.size(); q++) {
                    byte[] probe = QuantizedVector.quantize(probes.get(Math.floorMod(q, probes.size()))).toBytes();
                    long queryStarted = System.nanoTime();
                    long cpuStarted = THREADS.getCurrentThreadCpuTime();
                    ScoreDoc[] found = searcher.search(new KnnByteVectorQuery("v", probe, K), K).scoreDocs;
                    if (q >= 0) {
                        nanos[q] = System.nanoTime() - queryStarted;
                        cpuNanos[q] = THREADS.getCurrentThreadCpuTime() - cpuStarted;
                        for (ScoreDoc doc : found) {
                            long id = searcher.storedFields().document(doc.doc).getField("id").numericValue().longValue();
                            hits += truth.get(q).contains(id) ? 1 : 0;
                        }
                    }
                }
                REPORT.printf("%-9d %-6s %10.1f %9.1f %9.1f %9.1f %9.1f %9.2f%n", vectors.length, "hnsw", buildSeconds,
                        millis(nanos, 50), millis(nanos, 95), millis(cpuNanos, 50), bytes(directory) / 1e6,
                        hits / (double) (K * probes.size()));
            }
        }
    }

    private static long bytes(ByteBuffersDirectory directory) throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            total += directory.fileLength(file);
        }
        return total;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[MODEL.dimension()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(random.nextGaussian() * 40)));
        }
        bytes[0] = 127;
        return bytes;
    }

    private static float[] floats(byte[] bytes) {
        float[] floats = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            floats[i] = bytes[i];
        }
        return floats;
    }

    private static double millis(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Integer::parseInt).toList();
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(name + "="))
                .map(arg -> arg.substring(name.length() + 1)).findFirst().orElse(fallback);
    }
}
