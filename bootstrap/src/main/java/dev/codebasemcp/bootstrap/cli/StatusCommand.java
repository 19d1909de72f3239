package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.bootstrap.wiring.UseCases;
import picocli.CommandLine.Command;

@Command(name = "status", description = "Show one indexing job: status, progress, counters, error.")
final class StatusCommand extends SingleJobCommand {

    @Override
    JobReport act(UseCases useCases, String jobId) {
        return useCases.indexingStatus().status(jobId);
    }

    @Override
    String describe(JobReport report) {
        return JobFormat.describe(report);
    }
}
