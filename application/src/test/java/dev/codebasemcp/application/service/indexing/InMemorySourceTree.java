package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.application.port.out.SourceTree;
import dev.codebasemcp.domain.index.SkipReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A repository in memory; counts reads so tests can see what was reused without reading. */
final class InMemorySourceTree implements SourceTree {

    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, Long> modified = new TreeMap<>();
    private final Map<String, FileRead> readOverrides = new TreeMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final Map<String, CountDownLatch[]> hanging = new ConcurrentHashMap<>();
    private long clock = 1;

    InMemorySourceTree put(String path, String text) {
        return put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    InMemorySourceTree put(String path, byte[] bytes) {
        files.put(path, bytes);
        modified.put(path, clock++);
        return this;
    }

    InMemorySourceTree remove(String path) {
        files.remove(path);
        modified.remove(path);
        return this;
    }

    /** The file is listed, but reading it gives this outcome. */
    InMemorySourceTree readsAs(String path, FileRead outcome) {
        files.putIfAbsent(path, new byte[1]);
        modified.putIfAbsent(path, clock++);
        readOverrides.put(path, outcome);
        return this;
    }

    int reads() {
        return reads.get();
    }

    @Override
    public Listing list(Path root) {
        List<SourceFile> listed = new ArrayList<>();
        files.forEach((path, bytes) -> listed.add(new SourceFile(path, bytes.length, modified.get(path))));
        return new Listing(listed, Map.of(SkipReason.SYMLINK, 1));
    }

    /**
     * Reading {@code path} blocks, ignoring interrupts, until {@code release} opens, like opening a
     * FIFO without a writer or a file on a hung network mount; {@code entered} opens when it starts.
     */
    public InMemorySourceTree hangsOn(String path, CountDownLatch entered, CountDownLatch release) {
        hanging.put(path, new CountDownLatch[] {entered, release});
        return this;
    }

    @Override
    public FileRead read(Path root, String path, long maxBytes) {
        reads.incrementAndGet();
        CountDownLatch[] hang = hanging.get(path);
        if (hang != null) {
            hang[0].countDown();
            awaitUninterruptibly(hang[1]);
        }
        FileRead override = readOverrides.get(path);
        if (override != null) {
            return override;
        }
        byte[] bytes = files.get(path);
        if (bytes == null) {
            return new FileRead.Vanished();
        }
        return bytes.length > maxBytes ? new FileRead.TooLarge(bytes.length) : new FileRead.Content(bytes.clone());
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
