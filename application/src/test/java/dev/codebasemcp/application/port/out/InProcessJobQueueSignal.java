package dev.codebasemcp.application.port.out;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link JobQueueSignal} within one process, for tests. */
public final class InProcessJobQueueSignal implements JobQueueSignal {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger signals = new AtomicInteger();

    @Override
    public void jobQueued() {
        signals.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    @Override
    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int signalsSent() {
        return signals.get();
    }
}
