package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "jobs", description = "List indexing jobs, newest first.")
final class JobsCommand implements Callable<Integer>, JsonCommand, ShortLivedCommand {

    @ParentCommand
    private CodebaseMcpCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOutputOption json;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only jobs in this status: pending, running, completed, failed or cancelled.")
    private String status;

    @Option(names = "--project", paramLabel = "PROJECT", description = "Only jobs of this project.")
    private String project;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N jobs, 1-100 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        try (CodebaseMcpApplication application = root.openApplication()) {
            List<JobReport> jobs = application.useCases().listJobs().list(new ListJobsQuery(status, project, null, limit));
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                new Json(out).print(JobView.of(jobs));
            } else if (jobs.isEmpty()) {
                spec.commandLine().getErr().println("No jobs match.");
            } else {
                out.println(JobFormat.tableHeader());
                jobs.forEach(job -> out.println(JobFormat.tableRow(job)));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    @Override
    public boolean jsonOutput() {
        return json.enabled();
    }
}
