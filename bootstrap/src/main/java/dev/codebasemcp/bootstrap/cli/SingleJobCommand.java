package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command that acts on one job given by its id and prints the job as it is afterwards. */
abstract class SingleJobCommand implements Callable<Integer>, JsonCommand, ShortLivedCommand {

    @ParentCommand
    private CodebaseMcpCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOutputOption json;

    @Parameters(index = "0", paramLabel = "JOB_ID", description = "The job's id (a UUID).")
    private String jobId;

    /** Does the command's work on the job and returns the job as it is then. */
    abstract JobReport act(UseCases useCases, String jobId);

    /** The result for people, one or more whole lines. */
    abstract String describe(JobReport report);

    @Override
    public Integer call() {
        try (CodebaseMcpApplication application = root.openApplication()) {
            JobReport report = act(application.useCases(), jobId);
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                new Json(out).print(JobView.of(report));
            } else {
                out.print(describe(report));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    @Override
    public boolean jsonOutput() {
        return json.enabled();
    }
}
