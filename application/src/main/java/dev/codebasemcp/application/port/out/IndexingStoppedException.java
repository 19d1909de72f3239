package dev.codebasemcp.application.port.out;

/** Thrown at a checkpoint when an indexing run has to stop; nothing of the run is published. */
public final class IndexingStoppedException extends RuntimeException {

    /** Why a run was stopped. */
    public enum Reason { CANCELLED, TIMED_OUT, SHUTTING_DOWN, LEASE_LOST }

    private final Reason reason;

    public IndexingStoppedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
