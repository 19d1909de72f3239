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

@Command(name = "status", description = "Show one indexing job: status, progress, counters, error.")
final class StatusCommand implements Callable<Integer>, JsonCommand, ShortLivedCommand {

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
            JobReport report = application.useCases().indexingStatus().status(jobId);
            if (json.enabled()) {
                new Json(spec.commandLine().getOut()).print(JobFormat.toJson(report));
            } else {
                spec.commandLine().getOut().print(JobFormat.describe(report));
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
