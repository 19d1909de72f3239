package dev.codebasemcp.bootstrap.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.bootstrap.config.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteEmbeddingSettingsTest {

    @Test
    void withoutAUrlTheInProcessModelIsUsed() {
        assertThat(RemoteEmbeddingSettings.from(Map.of())).isEmpty();
        assertThat(RemoteEmbeddingSettings.from(Map.of("CODEBASE_EMBEDDINGS_URL", " ", "CODEBASE_EMBEDDINGS_MODEL", "m"))).isEmpty();
    }

    @Test
    void aFullSettingGivesTheEndpointUnderTheBaseUrl() {
        RemoteEmbeddingSettings settings = RemoteEmbeddingSettings.from(Map.of("CODEBASE_EMBEDDINGS_URL",
                "http://127.0.0.1:11434/v1/", "CODEBASE_EMBEDDINGS_MODEL", "nomic-embed-text",
                "CODEBASE_EMBEDDINGS_API_KEY", "secret")).orElseThrow();

        assertThat(settings.endpoint()).hasToString("http://127.0.0.1:11434/v1/embeddings");
        assertThat(settings.model()).isEqualTo("nomic-embed-text");
        assertThat(settings.toString()).doesNotContain("secret").contains("key set");
    }

    @Test
    void everyWrongVariableIsNamed() {
        assertThatThrownBy(() -> RemoteEmbeddingSettings.from(Map.of("CODEBASE_EMBEDDINGS_URL", "ftp://host/v1",
                "CODEBASE_EMBEDDINGS_API_KEY", "two words")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.field()).isEqualTo("CODEBASE_EMBEDDINGS_URL");
                    assertThat(e.problems()).containsExactly(
                            "CODEBASE_EMBEDDINGS_URL must be an http or https URL without query or fragment, such as "
                                    + "http://127.0.0.1:11434/v1; was 'ftp://host/v1'",
                            "CODEBASE_EMBEDDINGS_MODEL must name the model when CODEBASE_EMBEDDINGS_URL is set "
                                    + "(for example nomic-embed-text)",
                            "CODEBASE_EMBEDDINGS_API_KEY must not contain white space");
                });
        assertThatThrownBy(() -> RemoteEmbeddingSettings.from(Map.of("CODEBASE_EMBEDDINGS_URL", "http://h/v1?x=1",
                "CODEBASE_EMBEDDINGS_MODEL", "m"))).hasMessageContaining("without query");
    }
}
