package dev.codebasemcp.application.service.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.index.ChunkingOptions;
import org.junit.jupiter.api.Test;

class IndexingSettingsTest {

    @Test
    void ofTakesTheConfiguredLimitsAndDerivesTheMinimumChunk() {
        IndexingSettings settings = IndexingSettings.of(2048, 50, 3000);

        assertThat(settings.maxFileBytes()).isEqualTo(2048);
        assertThat(settings.chunking()).isEqualTo(new ChunkingOptions(50, 3000, 10));
        assertThat(settings.parallelism()).isBetween(1, 8);
    }

    @Test
    void aOneLineChunkLimitStillGivesValidOptions() {
        assertThat(IndexingSettings.of(2048, 1, 3000).chunking().minLines()).isEqualTo(1);
    }

    @Test
    void rejectsAMaximumFileSizeBelowOneByte() {
        assertThatThrownBy(() -> IndexingSettings.of(0, 50, 3000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("max_file_bytes");
    }
}
