package dev.codebasemcp.application.port.in;

/** No job has the given id. */
public final class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(String jobId) {
        super("Job not found: " + jobId);
    }
}
