package dev.codebasemcp.application.port.in;

/**
 * Filters as users give them; null means "any". {@code limit} null means the default.
 *
 * @param status    pending, running, completed, failed or cancelled
 * @param projectId a project id
 * @param repoPath  an absolute repository path
 * @param limit     1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}
 */
public record ListJobsQuery(String status, String projectId, String repoPath, Integer limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static ListJobsQuery all() {
        return new ListJobsQuery(null, null, null, null);
    }
}
