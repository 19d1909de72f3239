package dev.codebasemcp.bootstrap.cli;

/** Exit codes of every command. */
public final class ExitCodes {

    /** Done; for {@code index}: the job completed. */
    public static final int OK = 0;
    /** The job failed, or an unexpected error. */
    public static final int FAILED = 1;
    /** Bad input: arguments, configuration, unknown job. */
    public static final int BAD_INPUT = 2;
    /** The job was cancelled. */
    public static final int CANCELLED = 3;

    private ExitCodes() {
    }
}
