package dev.codebasemcp.application.service.jobs;

import java.time.Duration;

/** Exponential delays between retries of a failing database call: doubles up to a ceiling. */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    static Backoff forDatabase() {
        return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(15));
    }

    Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    void reset() {
        next = first;
    }
}
