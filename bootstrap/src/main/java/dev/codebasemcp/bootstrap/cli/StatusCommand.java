package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.UseCases;
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
