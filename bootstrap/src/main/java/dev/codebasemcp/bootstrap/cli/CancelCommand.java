package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cancel", description = {
        "Cancel an indexing job: a pending job at once, a running one at its next checkpoint.",
        "The previous index of the repository stays searchable."})
final class CancelCommand implements Callable<Integer>, JsonCommand, ShortLivedCommand {

    @ParentCommand
    private CodebaseMcpCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOutputOption json;

    @Parameters(index = "0", paramLabel = "JOB_ID", description = "The job's id (a UUID).")
    private String jobId;

    @Override
    public Integer call() {
        try (CodebaseMcpApplication application = root.openApplication()) {
            JobReport report = application.useCases().cancelIndexing().cancel(jobId);
            if (json.enabled()) {
                new Json(spec.commandLine().getOut()).print(JobFormat.toJson(report));
            } else {
                String outcome = report.job().status().isTerminal()
                        ? "Job " + report.job().id() + " is " + report.job().status().wireName() + "."
                        : "Job " + report.job().id() + " will stop at its next checkpoint and become cancelled.";
                spec.commandLine().getOut().println(outcome);
                spec.commandLine().getOut().flush();
            }
        }
        return ExitCodes.OK;
    }

    @Override
    public boolean jsonOutput() {
        return json.enabled();
    }
}
