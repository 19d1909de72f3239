package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.application.port.out.CodeSearch;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A code search over one fixed file, matching lines that contain the literal query. */
final class FixedCodeSearch implements CodeSearch {

    static final String PATH = "src/Main.java";
    /** Answered with the same hit twice, as neighbouring chunks can overlap. */
    static final String OVERLAPPING_QUERY = "run() {";
    static final String CONTENT = "class Main {\n    void run() {\n        runAgain();\n    }\n}\n";

    private final Path repository;

    FixedCodeSearch(Path repository) {
        this.repository = repository;
    }

    @Override
    public List<ChunkHit> find(SearchCriteria criteria) {
        String[] lines = CONTENT.split("\n");
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(criteria.query())) {
                matching.add(i + 1);
            }
        }
        if (matching.isEmpty()) {
            return List.of();
        }
        ChunkHit hit = new ChunkHit(ProjectId.DEFAULT, repository, PATH, "java", 1, lines.length, 1, CONTENT, matching, 0);
        return criteria.query().equals(OVERLAPPING_QUERY) ? List.of(hit, hit) : List.of(hit);
    }

    @Override
    public List<ProjectId> indexedProjects() {
        return List.of(ProjectId.DEFAULT);
    }

    @Override
    public boolean isIndexed(ProjectId projectIdOrNull, Path repository) {
        return this.repository.equals(repository);
    }
}
