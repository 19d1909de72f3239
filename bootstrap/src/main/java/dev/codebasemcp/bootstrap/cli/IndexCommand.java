package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.job.IndexingJob;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", description = {
        "Index a repository: queue a job, run it in this process and wait for it, showing its progress on stderr.",
        "Ctrl-C asks whether to cancel the job or detach from it; a second Ctrl-C cancels.",
        "Exit codes: 0 completed, 1 failed, 2 bad input, 3 cancelled."})
final class IndexCommand implements Callable<Integer>, JsonCommand, ShortLivedCommand {

    static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    static final Duration PLAIN_PROGRESS_INTERVAL = Duration.ofSeconds(5);

    @ParentCommand
    private CodebaseMcpCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOutputOption json;

    @Parameters(index = "0", paramLabel = "PATH",
            description = "The repository's directory; a relative path is taken from the working directory.")
    private String path;

    @Option(names = "--project", paramLabel = "PROJECT", description = "Project to index into (default: the "
            + "project_id of a .codebase-mcp/config.json above the working directory, else CODEBASE_DEFAULT_PROJECT).")
    private String project;

    @Option(names = "--force", description = "Re-index every file instead of reusing unchanged ones.")
    private boolean force;

    @Option(names = "--detach", description = "Queue the job, print its id and return at once; "
            + "a running serve or mcp process runs it.")
    private boolean detach;

    @Override
    public Integer call() throws InterruptedException {
        if (path.isBlank()) {
            throw new InvalidInputException("repo_path", "PATH must not be empty: name the repository's directory, "
                    + "for example '.' for the working directory");
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        String repository = workingDirectory.resolve(path).normalize().toString();
        try (CodebaseMcpApplication application = root.openApplication()) {
            StartIndexingResult started = application.useCases().startIndexing()
                    .start(new StartIndexingCommand(repository, project, workingDirectory, force));
            if (detach) {
                printQueued(started);
                return ExitCodes.OK;
            }
            application.closeOnShutdown();
            application.startWorker();
            JobWaiter.Outcome outcome = waitFor(application, started);
            return report(outcome);
        }
    }

    private JobWaiter.Outcome waitFor(CodebaseMcpApplication application, StartIndexingResult started)
            throws InterruptedException {
        IndexingJob job = started.job();
        Terminals terminals = root.terminals();
        PrintWriter err = spec.commandLine().getErr();
        try (ProgressDisplay display = terminals.stderr() ? new ProgressBarDisplay("index")
                : new ProgressLines(err, PLAIN_PROGRESS_INTERVAL, System::nanoTime);
             InterruptPrompt prompt = new InterruptPrompt(terminals.stdin() && terminals.stderr(), err,
                     new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), display::suspend,
                     InterruptPrompt.daemonThread())
                     .install()) {
            err.println("index: job " + job.id() + " for " + job.repoPath() + " (project " + job.projectId() + ")"
                    + (started.alreadyActive() ? ", already " + job.status().wireName() + ": following it" : ""));
            err.flush();
            return new JobWaiter(application.useCases().indexingStatus(), application.useCases().cancelIndexing(),
                    display, prompt, POLL_INTERVAL).await(job.id());
        }
    }

    private void printQueued(StartIndexingResult started) {
        IndexingJob job = started.job();
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> body = new LinkedHashMap<>(JobView.of(
                    new JobReport(job, job.progress().percent(), null)));
            body.put("already_active", started.alreadyActive());
            new Json(out).print(body);
            return;
        }
        out.println(job.id());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println((started.alreadyActive() ? "A job for this repository is already " + job.status().wireName()
                : "Queued") + "; a running 'codebase-mcp serve' or 'codebase-mcp mcp' runs it. "
                + "Follow it with: codebase-mcp status " + job.id());
        err.flush();
    }

    private int report(JobWaiter.Outcome outcome) {
        IndexingJob job = outcome.report().job();
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> body = new LinkedHashMap<>(JobView.of(outcome.report()));
            body.put("detached", outcome.detached());
            new Json(out).print(body);
        } else if (outcome.detached()) {
            out.println("Detached from job " + job.id() + "; it goes back to the queue for a running "
                    + "'codebase-mcp serve' or 'codebase-mcp mcp'. Follow it with: codebase-mcp status " + job.id());
        } else {
            out.println(summary(job));
        }
        out.flush();
        if (outcome.detached()) {
            return ExitCodes.OK;
        }
        return switch (job.status()) {
            case COMPLETED -> ExitCodes.OK;
            case CANCELLED -> ExitCodes.CANCELLED;
            default -> ExitCodes.FAILED;
        };
    }

    private static String summary(IndexingJob job) {
        String took = job.startedAt() != null && job.completedAt() != null
                ? String.format(Locale.ROOT, " in %.1f s",
                        Duration.between(job.startedAt(), job.completedAt()).toMillis() / 1000.0)
                : "";
        return switch (job.status()) {
            case COMPLETED -> "Indexed " + job.repoPath() + " (project " + job.projectId() + "): "
                    + job.filesIndexed() + " files, " + job.chunksCreated() + " chunks"
                    + (job.progress().filesSkipped() > 0 ? ", " + job.progress().filesSkipped() + " files skipped" : "")
                    + took + ". Job " + job.id() + ".";
            case CANCELLED -> "Cancelled job " + job.id() + "; the previous index of " + job.repoPath()
                    + " stays searchable.";
            default -> "Job " + job.id() + " " + job.status().wireName() + ": " + job.errorMessage();
        };
    }

    @Override
    public boolean jsonOutput() {
        return json.enabled();
    }
}
