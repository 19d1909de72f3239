package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.domain.job.JobProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A live bar on a terminal's stderr: phase, files done/total, rate and ETA. */
final class ProgressBarDisplay implements ProgressDisplay {

    private final String taskName;
    private ProgressBar bar;

    ProgressBarDisplay(String taskName) {
        this.taskName = taskName;
    }

    @Override
    public void update(JobReport report) {
        JobProgress progress = report.job().progress();
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName(taskName)
                    .setInitialMax(progress.filesTotal() > 0 ? progress.filesTotal() : -1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUnit(" files", 1)
                    .showSpeed()
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
        if (progress.filesTotal() > 0) {
            bar.maxHint(progress.filesTotal());
        }
        bar.stepTo(progress.filesDone());
        bar.setExtraMessage("  " + progress.phase().wireName()
                + (progress.filesSkipped() > 0 ? ", " + progress.filesSkipped() + " skipped" : ""));
    }

    @Override
    public void suspend() {
        close();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
