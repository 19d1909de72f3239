package dev.codebasemcp.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.jobs.JobEngineSettings;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.persistence.jooq.database.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiringTest {

    @TempDir
    Path home;

    private Settings settings(Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("CODEBASE_HOME", home.toString());
        return new SettingsLoader(all, home, home).load();
    }

    @Test
    void jobEngineGetsTheConfiguredLimits() {
        JobEngineSettings engine = Wiring.jobEngineSettings(settings(Map.of("MAX_CONCURRENT_INDEXING_JOBS", "3",
                "INDEXING_JOB_TIMEOUT_SECONDS", "120", "INDEXING_JOB_MAX_ATTEMPTS", "4", "CODEBASE_JOB_LEASE_SECONDS", "40",
                "CODEBASE_JOB_HEARTBEAT_SECONDS", "8", "CODEBASE_ALLOWED_ROOTS", "/srv/repos")));

        assertThat(engine.maxConcurrentJobs()).isEqualTo(3);
        assertThat(engine.jobTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(engine.maxAttempts()).isEqualTo(4);
        assertThat(engine.leaseDuration()).isEqualTo(Duration.ofSeconds(40));
        assertThat(engine.heartbeatInterval()).isEqualTo(Duration.ofSeconds(8));
        assertThat(engine.allowedRoots()).containsExactly(Path.of("/srv/repos"));
    }

    @Test
    void indexerGetsTheConfiguredFileLimitAndChunkBounds() {
        IndexingSettings indexing = Wiring.indexingSettings(settings(Map.of("CODEBASE_MAX_FILE_BYTES", "4096",
                "CODEBASE_CHUNK_MAX_LINES", "10", "CODEBASE_CHUNK_MAX_CHARS", "900")));

        assertThat(indexing.maxFileBytes()).isEqualTo(4096);
        assertThat(indexing.chunking()).isEqualTo(new ChunkingOptions(10, 900, 10));
    }

    @Test
    void writersOfAllJobsFitIntoThePoolWithTwoConnectionsToSpare() {
        IndexingSettings indexing = Wiring.indexingSettings(settings(Map.of("CODEBASE_DATABASE_POOL_SIZE", "6",
                "MAX_CONCURRENT_INDEXING_JOBS", "4")));
        IndexingSettings roomy = Wiring.indexingSettings(settings(Map.of("CODEBASE_DATABASE_POOL_SIZE", "200")));

        assertThat(indexing.parallelism()).isEqualTo(1);
        assertThat(roomy.parallelism()).isEqualTo(IndexingSettings.defaults().parallelism());
    }

    @Test
    void databaseSettingsNameTheServerOrTheEmbeddedHome() {
        DatabaseSettings embedded = Wiring.databaseSettings(settings(Map.of()));
        DatabaseSettings server = Wiring.databaseSettings(settings(Map.of("CODEBASE_DATABASE_URL",
                "jdbc:postgresql://db/code", "CODEBASE_DATABASE_USER", "code", "CODEBASE_DATABASE_POOL_SIZE", "7")));

        assertThat(embedded.isEmbedded()).isTrue();
        assertThat(embedded.home()).isEqualTo(home);
        assertThat(embedded.embeddedIdle()).isEqualTo(Duration.ofSeconds(300));
        assertThat(Wiring.databaseSettings(settings(Map.of("CODEBASE_EMBEDDED_IDLE_SECONDS", "0"))).embeddedIdle()).isZero();
        assertThat(List.of(server.url(), server.user(), server.maxPoolSize()))
                .containsExactly("jdbc:postgresql://db/code", "code", 7);
    }
}
