package dev.codebasemcp.domain.job;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The states of an indexing job and the one table of moves between them.
 *
 * <pre>
 * pending -> running -> completed | failed | cancelled
 * pending -> cancelled
 * running -> pending   (lease lost or handed back: requeued)
 * </pre>
 * Completed, failed and cancelled are terminal.
 */
public enum JobStatus {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED;

    /** The lower-case name used in the database and on every interface. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public boolean isActive() {
        return !isTerminal();
    }

    public boolean canMoveTo(JobStatus target) {
        return allowedTargets().contains(target);
    }

    public Set<JobStatus> allowedTargets() {
        return switch (this) {
            case PENDING -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(COMPLETED, FAILED, CANCELLED, PENDING);
            case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    /**
     * Parses a status as users write it.
     *
     * @throws InvalidInputException naming the field {@code status} and the allowed values
     */
    public static JobStatus parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("status",
                        "Invalid status: '" + text + "' (allowed: " + allowedNames() + ")"));
    }

    public static String allowedNames() {
        return Arrays.stream(values()).map(JobStatus::wireName).collect(Collectors.joining(", "));
    }
}
