package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobAlreadyFinishedException;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.domain.job.JobId;
import java.time.Duration;
import java.util.Optional;

/**
 * Follows one job until it ends, showing its progress, and acts on the user's Ctrl-C choice:
 * cancel (then keeps following until the job is cancelled) or detach (stops following at once).
 */
final class JobWaiter {

    /** How the wait ended: with the job terminal, or detached with the job still active. */
    record Outcome(JobReport report, boolean detached) {
    }

    private final GetIndexingStatusUseCase status;
    private final CancelIndexingUseCase cancel;
    private final ProgressDisplay display;
    private final InterruptPrompt prompt;
    private final Duration pollInterval;

    JobWaiter(GetIndexingStatusUseCase status, CancelIndexingUseCase cancel, ProgressDisplay display,
              InterruptPrompt prompt, Duration pollInterval) {
        this.status = status;
        this.cancel = cancel;
        this.display = display;
        this.prompt = prompt;
        this.pollInterval = pollInterval;
    }

    Outcome await(JobId jobId) throws InterruptedException {
        boolean cancelSent = false;
        while (true) {
            JobReport report = status.status(jobId.toString());
            if (report.job().isTerminal()) {
                if (!prompt.asking()) {
                    display.update(report);
                }
                return new Outcome(report, false);
            }
            Optional<InterruptPrompt.Choice> choice = prompt.choice();
            if (choice.isPresent() && choice.get() == InterruptPrompt.Choice.DETACH) {
                return new Outcome(report, true);
            }
            if (choice.isPresent() && !cancelSent) {
                cancelSent = true;
                requestCancel(jobId);
            }
            if (!prompt.asking()) {
                display.update(report);
            }
            Thread.sleep(pollInterval);
        }
    }

    private void requestCancel(JobId jobId) {
        try {
            cancel.cancel(jobId.toString());
        } catch (JobAlreadyFinishedException finishedMeanwhile) {
            // the next status read sees the final state
        }
    }
}
