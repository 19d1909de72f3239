package dev.codebasemcp.domain.job;

/** A move the job state machine does not allow, such as completing a cancelled job. */
public final class IllegalJobTransitionException extends IllegalStateException {

    private final JobId jobId;
    private final JobStatus from;
    private final JobStatus to;

    public IllegalJobTransitionException(JobId jobId, JobStatus from, JobStatus to, String action) {
        super("Cannot " + action + " job " + jobId + ": it is " + from.wireName()
                + (from == to ? "" : " and may not become " + to.wireName())
                + (from.isTerminal() ? " (a " + from.wireName() + " job is final)" : ""));
        this.jobId = jobId;
        this.from = from;
        this.to = to;
    }

    public JobId jobId() {
        return jobId;
    }

    public JobStatus from() {
        return from;
    }

    public JobStatus to() {
        return to;
    }
}
