package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.IndexingStoppedException.Reason;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.LeaseState;
import dev.codebasemcp.domain.job.JobProgress;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The periodic look at every running job of a worker: stops an execution whose timeout passed, renews its
 * lease (never beyond the execution's deadline plus the shutdown grace) every heartbeat together with its progress (written at
 * most once per tick), and turns a
 * cancellation request or a lost lease into a stop request for the indexer.
 */
final class Heartbeat {

    private static final System.Logger LOG = System.getLogger(Heartbeat.class.getName());

    private final JobStore store;
    private final Clock clock;
    private final JobEngineSettings settings;
    private final String workerId;

    Heartbeat(JobStore store, Clock clock, JobEngineSettings settings, String workerId) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.workerId = workerId;
    }

    void beat(Collection<JobExecution> executions) {
        for (JobExecution execution : executions) {
            try {
                beat(execution, clock.instant());
            } catch (RuntimeException e) {
                // Repeats every tick during an outage: the message is enough, the stack trace is noise.
                LOG.log(Level.WARNING, "Job {0}: heartbeat failed: {1}", execution.claimed().id(), e.getMessage());
            }
        }
    }

    private void beat(JobExecution execution, Instant now) {
        if (execution.isPastDeadline(now)) {
            execution.stopTimedOut();
        }
        Duration halfTick = settings.progressInterval().dividedBy(2);
        boolean renewalDue = !now.isBefore(execution.lastRenewal().plus(settings.heartbeatInterval()).minus(halfTick));
        if (!renewalDue && !execution.hasUnwrittenProgress()) {
            return;
        }
        JobProgress progress = execution.currentProgress();
        // Never past the deadline and the time an execution gets to stop: a process stuck beyond it must not
        // look alive to other reapers, while a live one can still record the timeout itself.
        Instant leaseUntil = earliest(now.plus(settings.leaseDuration()), execution.deadline().plus(settings.shutdownGrace()));
        LeaseState state;
        try {
            state = store.renewLease(execution.lease(), leaseUntil, progress);
        } catch (RuntimeException e) {
            if (now.isAfter(execution.leaseUntil())) {
                execution.stop(Reason.LEASE_LOST, "its lease expired while the database was unreachable");
            }
            throw e;
        }
        execution.renewed(now, leaseUntil, progress);
        switch (state) {
            case HELD -> { }
            case CANCEL_REQUESTED -> execution.stop(Reason.CANCELLED, "cancelled by request");
            case LOST -> execution.stop(Reason.LEASE_LOST, "worker " + workerId + " lost its lease on attempt "
                    + execution.lease().attempt() + " (the job was reaped or changed by another process)");
        }
    }

    static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
