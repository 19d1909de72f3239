package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobEngineSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        JobEngineSettings defaults = JobEngineSettings.defaults();

        assertThat(defaults.maxConcurrentJobs()).isEqualTo(2);
        assertThat(defaults.jobTimeout()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.leaseDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.reapInterval()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void rejectsAConcurrencyOutsideTheRange() {
        assertThatThrownBy(() -> JobEngineSettings.defaults().withMaxConcurrentJobs(0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("max_concurrent_indexing_jobs"));
    }

    @Test
    void rejectsAHeartbeatLongerThanHalfTheLease() {
        assertThatThrownBy(() -> JobEngineSettings.defaults()
                .withLease(Duration.ofSeconds(10), Duration.ofSeconds(6), Duration.ofSeconds(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most half the lease");
    }

    @Test
    void rejectsANonPositiveTimeoutAndZeroAttempts() {
        assertThatThrownBy(() -> JobEngineSettings.defaults().withJobTimeout(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("indexing_job_timeout");
        assertThatThrownBy(() -> JobEngineSettings.defaults().withMaxAttempts(0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 1");
    }
}
