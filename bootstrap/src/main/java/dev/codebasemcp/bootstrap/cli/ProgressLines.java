package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.domain.job.JobPhase;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines for logs and pipes: one when the phase changes and one every
 * {@code interval} in between, with the rate since the previous line.
 */
final class ProgressLines implements ProgressDisplay {

    private final PrintWriter err;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private JobPhase lastPhase;
    private long lastLineAt;
    private int lastFilesDone;

    ProgressLines(PrintWriter err, Duration interval, LongSupplier nanoClock) {
        this.err = err;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public void update(JobReport report) {
        long now = nanoClock.getAsLong();
        JobPhase phase = report.job().progress().phase();
        boolean phaseChanged = phase != lastPhase;
        if (!phaseChanged && now - lastLineAt < intervalNanos) {
            return;
        }
        int filesDone = report.job().progress().filesDone();
        String rate = "";
        if (!phaseChanged && lastLineAt != 0) {
            double seconds = (now - lastLineAt) / 1e9;
            rate = String.format(Locale.ROOT, ", %.1f files/s", (filesDone - lastFilesDone) / seconds);
        }
        err.println("index: " + JobFormat.progress(report) + rate);
        err.flush();
        lastPhase = phase;
        lastLineAt = now;
        lastFilesDone = filesDone;
    }

    @Override
    public void suspend() {
        // plain lines never collide with a question
    }

    @Override
    public void close() {
        err.flush();
    }
}
