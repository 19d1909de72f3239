package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.index.SkippedPath;
import java.util.List;
import dev.codebasemcp.domain.job.IndexingJob;

/**
 * A job as users see it: the stored job plus what is derived from it.
 *
 * @param progressPercent whole percent of files done, null while unknown
 * @param etaSeconds      estimated seconds left from the observed rate, null until it can be estimated
 * @param skippedPaths    what the job's completed run left out, with reasons; only in the status of one job
 */
public record JobReport(IndexingJob job, Integer progressPercent, Long etaSeconds, List<SkippedPath> skippedPaths) {

    public JobReport {
        skippedPaths = List.copyOf(skippedPaths);
    }

    public JobReport(IndexingJob job, Integer progressPercent, Long etaSeconds) {
        this(job, progressPercent, etaSeconds, List.of());
    }

    /**
     * Set when the run could not list part of the repository: it published anyway, and the files of
     * the skipped directories are missing from the index. Null otherwise.
     */
    public String warning() {
        List<String> directories = skippedPaths.stream().filter(SkippedPath::directory)
                .map(path -> path.path().isEmpty() ? "." : path.path()).toList();
        if (directories.isEmpty()) {
            return null;
        }
        return directories.size() + " director" + (directories.size() == 1 ? "y" : "ies")
                + " could not be listed and their files are missing from the index: " + String.join(", ", directories)
                + " (see skipped_paths for the reasons)";
    }
}
