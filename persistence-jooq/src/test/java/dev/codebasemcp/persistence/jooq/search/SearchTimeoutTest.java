package dev.codebasemcp.persistence.jooq.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTimeoutTest {

    @Test
    void defaultsToFiveSecondsWhenUnset() {
        assertThat(SearchTimeout.fromEnvironment(Map.of())).isEqualTo(Duration.ofSeconds(5));
        assertThat(SearchTimeout.fromEnvironment(Map.of("CODEBASE_SEARCH_TIMEOUT_MS", " "))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void readsMilliseconds() {
        assertThat(SearchTimeout.fromEnvironment(Map.of("CODEBASE_SEARCH_TIMEOUT_MS", "250"))).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void rejectsValuesOutsideTheRangeNamingTheVariable() {
        for (String bad : new String[] {"0", "-5", "abc", "600001"}) {
            assertThatThrownBy(() -> SearchTimeout.fromEnvironment(Map.of("CODEBASE_SEARCH_TIMEOUT_MS", bad)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("CODEBASE_SEARCH_TIMEOUT_MS"))
                    .hasMessageContaining("between 1 and 600000");
        }
    }
}
