package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.application.port.out.IndexBuild;
import dev.codebasemcp.domain.index.ContentHash;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One generation being built, in three steps with a class each: what it may reuse is loaded as it
 * begins ({@link ReusableIndex}), its rows are written in parallel transactions
 * ({@link GenerationWriter}), and it is published or discarded once ({@link GenerationPublisher}).
 * A build that is never published leaves its stored contents behind for the next run to reuse.
 */
final class PostgresIndexBuild implements IndexBuild {

    private final ReusableIndex reusable;
    private final GenerationWriter writer;
    private final GenerationPublisher publisher;
    private volatile boolean finished;

    PostgresIndexBuild(DataSource dataSource, IndexBuildTuning tuning, ChunkTables tables, GenerationState state,
                       Connection connection) throws SQLException {
        this.reusable = ReusableIndex.load(connection, state);
        this.writer = new GenerationWriter(dataSource, tables, state);
        this.publisher = new GenerationPublisher(dataSource, tuning, tables, state);
    }

    @Override
    public Map<String, StoredFile> publishedFiles() {
        return reusable.publishedFiles();
    }

    @Override
    public Map<ContentHash, StoredContent> reusableContents() {
        return reusable.reusableContents();
    }

    @Override
    public long[] reserveContentIds(int count) {
        return writer.reserveContentIds(count);
    }

    @Override
    public void write(List<NewContent> contents, List<FileEntry> files) {
        writer.write(contents, files);
    }

    @Override
    public void publish(Instant now) {
        publisher.publish(now, writer.newContents());
        finished = true;
    }

    @Override
    public void discard() {
        if (finished) {
            return;
        }
        finished = true;
        publisher.discard();
    }
}
