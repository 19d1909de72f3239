package dev.codebasemcp.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class JobStatusTest {

    @Test
    void parsesWireNamesCaseInsensitively() {
        assertThat(JobStatus.parse("Running")).isEqualTo(JobStatus.RUNNING);
        assertThat(JobStatus.CANCELLED.wireName()).isEqualTo("cancelled");
    }

    @Test
    void unknownStatusListsTheAllowedOnes() {
        assertThatThrownBy(() -> JobStatus.parse("done"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid status: 'done' (allowed: pending, running, completed, failed, cancelled)");
    }

    @Test
    void onlyCompletedFailedAndCancelledAreTerminal() {
        assertThat(JobStatus.PENDING.isTerminal()).isFalse();
        assertThat(JobStatus.RUNNING.isTerminal()).isFalse();
        assertThat(JobStatus.COMPLETED.isTerminal()).isTrue();
        assertThat(JobStatus.FAILED.isTerminal()).isTrue();
        assertThat(JobStatus.CANCELLED.isTerminal()).isTrue();
    }
}
