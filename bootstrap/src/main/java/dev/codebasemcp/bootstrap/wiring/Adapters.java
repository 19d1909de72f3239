package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.application.port.out.CodeSearch;
import dev.codebasemcp.application.port.out.IndexStore;
import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.SourceTree;
import java.util.List;
import java.util.Objects;

/**
 * The outgoing side: every out-port the services need, and what must be closed when the
 * application ends (pools, listeners, the embedded server), in the order they were opened.
 */
public record Adapters(JobStore jobStore, JobQueueSignal queueSignal, IndexStore indexStore, SourceTree sourceTree,
                       CodeSearch codeSearch, List<AutoCloseable> resources) {

    public Adapters {
        Objects.requireNonNull(jobStore, "jobStore");
        Objects.requireNonNull(queueSignal, "queueSignal");
        Objects.requireNonNull(indexStore, "indexStore");
        Objects.requireNonNull(sourceTree, "sourceTree");
        Objects.requireNonNull(codeSearch, "codeSearch");
        resources = List.copyOf(resources);
    }
}
