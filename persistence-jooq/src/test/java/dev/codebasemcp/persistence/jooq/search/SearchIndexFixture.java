package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.domain.index.Chunk;
import dev.codebasemcp.domain.index.Chunker;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.index.LanguageDetector;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Writes repositories into the code index tables the way the indexer lays them out: a repository, a
 * generation, one content per file chunked by the {@link Chunker} with its token column from
 * {@link CodeTokenVector}, and a partition of {@code chunk} per repository.
 */
final class SearchIndexFixture {

    static final ChunkingOptions SMALL_CHUNKS = new ChunkingOptions(8, 2000, 3);
    private static final OffsetDateTime NOW = Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC);

    private final DSLContext dsl;
    private final Chunker chunker = new Chunker(SMALL_CHUNKS);

    SearchIndexFixture(DataSource dataSource) {
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Registers a repository with a chunk partition; returns its id. */
    long repository(String projectId, String repoPath) {
        long id = dsl.fetchSingle("INSERT INTO index_repository (project_id, repo_path, created_at) VALUES (?, ?, CAST(? AS timestamptz))"
                + " RETURNING id", projectId, repoPath, NOW.toString()).get(0, Long.class);
        dsl.execute("CREATE TABLE chunk_r" + id + " PARTITION OF chunk FOR VALUES IN (" + id + ")");
        return id;
    }

    /** Writes a generation with these files (path to text); publishes it when {@code publish} is set. */
    long generation(long repositoryId, Map<String, String> files, boolean publish) {
        long generation = dsl.fetchSingle("INSERT INTO index_generation (repository_id, status, started_at)"
                + " VALUES (?, 'building', CAST(? AS timestamptz)) RETURNING id", repositoryId, NOW.toString()).get(0, Long.class);
        for (Map.Entry<String, String> file : files.entrySet()) {
            List<Chunk> chunks = chunker.chunk(file.getValue());
            long contentId = dsl.fetchSingle("INSERT INTO file_content (repository_id, content_hash, line_count,"
                            + " chunk_count) VALUES (?, ?, ?, ?) RETURNING id", repositoryId,
                    file.getKey().getBytes(), file.getValue().split("\n", -1).length, chunks.size()).get(0, Long.class);
            for (int ordinal = 0; ordinal < chunks.size(); ordinal++) {
                Chunk chunk = chunks.get(ordinal);
                dsl.execute("INSERT INTO chunk (repository_id, content_id, ordinal, start_line, end_line, truncated,"
                                + " content, content_tokens) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS tsvector))",
                        repositoryId, contentId, ordinal, chunk.startLine(), chunk.endLine(), chunk.truncated(),
                        chunk.content(), CodeTokenVector.literal(chunk.content()));
            }
            dsl.execute("INSERT INTO indexed_file (generation_id, path, content_id, language, size_bytes, modified_ns)"
                            + " VALUES (?, ?, ?, ?, ?, 0)", generation, file.getKey(), contentId,
                    LanguageDetector.detect(file.getKey()).orElse(null), file.getValue().length());
        }
        if (publish) {
            dsl.execute("UPDATE index_generation SET status = 'active', published_at = CAST(? AS timestamptz) WHERE id = ?", NOW.toString(),
                    generation);
            dsl.execute("UPDATE index_repository SET active_generation = ? WHERE id = ?", generation, repositoryId);
        }
        return generation;
    }

    /** Adds {@code count} chunks of {@code linesPerChunk} similar lines in one published file, for timeout tests. */
    void bulkChunks(long repositoryId, String path, int count, int linesPerChunk) {
        long generation = generation(repositoryId, Map.of(), true);
        long contentId = dsl.fetchSingle("INSERT INTO file_content (repository_id, content_hash, line_count, chunk_count)"
                + " VALUES (?, ?, ?, ?) RETURNING id", repositoryId, path.getBytes(), count * linesPerChunk, count)
                .get(0, Long.class);
        dsl.execute("INSERT INTO chunk (repository_id, content_id, ordinal, start_line, end_line, truncated, content,"
                + " content_tokens) SELECT ?, ?, g, g * ? + 1, g * ? + ?, false,"
                + " repeat('aaa bbb ccc ' || md5(g::text) || E'\\n', ?), ''::tsvector FROM generate_series(0, ? - 1) g",
                repositoryId, contentId, linesPerChunk, linesPerChunk, linesPerChunk, linesPerChunk, count);
        dsl.execute("INSERT INTO indexed_file (generation_id, path, content_id, language, size_bytes, modified_ns)"
                + " VALUES (?, ?, ?, 'text', 0, 0)", generation, path, contentId);
    }
}
