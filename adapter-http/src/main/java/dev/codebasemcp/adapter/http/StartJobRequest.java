package dev.codebasemcp.adapter.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.domain.InvalidInputException;
import java.util.List;

/** Body of {@code POST /api/v1/jobs}. */
record StartJobRequest(
        @JsonProperty("repo_path") String repoPath,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("force_reindex") Boolean forceReindex) {

    static final List<String> FIELDS = List.of("repo_path", "project_id", "force_reindex");

    StartIndexingCommand toCommand() {
        if (repoPath == null) {
            throw new InvalidInputException("repo_path", "repo_path is required: the absolute path of the repository to index");
        }
        return new StartIndexingCommand(repoPath, projectId, null, Boolean.TRUE.equals(forceReindex));
    }
}
