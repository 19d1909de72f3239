package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;

/** Shows a waiting job's progress on stderr. */
interface ProgressDisplay extends AutoCloseable {

    void update(JobReport report);

    /** Gets out of the way of a question on stderr; the next update draws again. */
    void suspend();

    @Override
    void close();
}
