package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.bool;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import java.util.Map;

/** Input parameters several tools share, with one wording for each. */
final class Parameters {

    static final String REPO_PATH = "repo_path";
    static final String PROJECT_ID = "project_id";
    static final String FORCE_REINDEX = "force_reindex";
    static final String JOB_ID = "job_id";

    private Parameters() {
    }

    static Map<String, Object> repoPath() {
        return string("Absolute path of the repository directory, e.g. /home/alice/src/shop. "
                + "Relative paths and '..' segments are rejected.");
    }

    static Map<String, Object> projectId() {
        return string("Project id: 1-63 characters from a-z, 0-9, '-' and '_'. Omit it to resolve the project: "
                + ".codebase-mcp/config.json ({\"project_id\": ...}) found upward from the session's working "
                + "directory (see set_working_directory), then CODEBASE_DEFAULT_PROJECT, then 'default'.");
    }

    static Map<String, Object> forceReindex() {
        return bool("true re-reads every file; false (default) reuses files unchanged since the last index.");
    }

    static Map<String, Object> jobId() {
        return string("Job id as returned by start_indexing_background or index_repository "
                + "(a UUID such as 123e4567-e89b-12d3-a456-426614174000).");
    }
}
