package dev.codebasemcp.application.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/** Polls a condition until it holds or a deadline passes: a wait on a condition, not on time. */
public final class Eventually {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private Eventually() {
    }

    public static void await(String what, BooleanSupplier condition) {
        await(what, DEFAULT_TIMEOUT, condition);
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    /** Waits until {@code supplier} returns a value accepted by {@code condition}, and returns it. */
    public static <T> T awaitValue(String what, Supplier<T> supplier, java.util.function.Predicate<T> condition) {
        Object[] last = new Object[1];
        await(what, () -> {
            T value = supplier.get();
            last[0] = value;
            return condition.test(value);
        });
        @SuppressWarnings("unchecked")
        T value = (T) last[0];
        return value;
    }
}
