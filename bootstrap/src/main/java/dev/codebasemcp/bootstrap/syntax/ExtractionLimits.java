package dev.codebasemcp.bootstrap.syntax;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of one file's extraction.
 *
 * @param maxBytes largest UTF-8 text parsed; larger files get no definitions
 * @param timeout  longest parse plus query of one file
 */
public record ExtractionLimits(int maxBytes, Duration timeout) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(2_000_000, Duration.ofSeconds(5));

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
