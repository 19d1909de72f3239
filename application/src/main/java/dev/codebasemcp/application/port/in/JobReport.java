package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.job.IndexingJob;

/**
 * A job as users see it: the stored job plus what is derived from it.
 *
 * @param progressPercent whole percent of files done, null while unknown
 * @param etaSeconds      estimated seconds left from the observed rate, null until it can be estimated
 */
public record JobReport(IndexingJob job, Integer progressPercent, Long etaSeconds) {
}
