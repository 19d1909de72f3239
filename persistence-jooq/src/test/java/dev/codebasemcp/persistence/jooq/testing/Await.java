package dev.codebasemcp.persistence.jooq.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Polls a condition until it holds or a deadline passes. */
public final class Await {

    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /** The first present value {@code probe} returns within {@code timeout}; fails with {@code what} otherwise. */
    public static <T> T value(Duration timeout, String what, Callable<Optional<T>> probe) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.call();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    public static void until(Duration timeout, String what, Callable<Boolean> condition) throws Exception {
        value(timeout, what, () -> condition.call() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
