package dev.codebasemcp.application.port.out;

/**
 * A store could not do its work for a reason that passes: the database went away, the connection
 * was ended, or a session of a dead earlier attempt was still in the way. Another attempt later may
 * succeed, so a job that meets it is requeued while it has attempts left.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
