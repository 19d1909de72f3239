package dev.codebasemcp.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JobIdTest {

    @Test
    void parsesACanonicalUuid() {
        assertThat(JobId.parse("123e4567-e89b-12d3-a456-426614174000").toString())
                .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-uuid", "1-1-1-1-1", "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g"})
    void rejectsMalformedIdsNamingTheValue(String text) {
        assertThatThrownBy(() -> JobId.parse(text))
                .isInstanceOf(InvalidJobIdException.class)
                .hasMessageStartingWith("Invalid job_id format: " + text)
                .satisfies(e -> assertThat(((InvalidJobIdException) e).field()).isEqualTo("job_id"));
    }
}
