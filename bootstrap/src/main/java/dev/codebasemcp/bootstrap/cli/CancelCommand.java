package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.UseCases;
import picocli.CommandLine.Command;

@Command(name = "cancel", description = {
        "Cancel an indexing job: a pending job at once, a running one at its next checkpoint.",
        "The previous index of the repository stays searchable."})
final class CancelCommand extends SingleJobCommand {

    @Override
    JobReport act(UseCases useCases, String jobId) {
        return useCases.cancelIndexing().cancel(jobId);
    }

    @Override
    String describe(JobReport report) {
        return report.job().status().isTerminal()
                ? "Job " + report.job().id() + " is " + report.job().status().wireName() + ".\n"
                : "Job " + report.job().id() + " will stop at its next checkpoint and become cancelled.\n";
    }
}
