package dev.codebasemcp.adapter.mcp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Whether the client cancelled the tool call, and a wait that ends early when it does. */
interface Cancellation {

    Cancellation NONE = pause -> {
        sleep(pause);
        return false;
    };

    /**
     * Waits up to {@code pause}.
     *
     * @return true as soon as the call is cancelled (also when it already was)
     */
    boolean awaitCancelled(Duration pause);

    static Cancellation of(CompletableFuture<Void> signal) {
        return pause -> {
            try {
                signal.get(pause.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException stillRunning) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting", interrupted);
            } catch (ExecutionException impossible) {
                return true;
            }
        };
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", interrupted);
        }
    }
}
