package dev.codebasemcp.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "a", "my-app_2", "0123456789012345678901234567890123456789012345678901234567890ab"})
    void acceptsLowerCaseLettersDigitsDashAndUnderscore(String value) {
        assertThat(ProjectId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"MyApp", "has space", "dots.are.out", "slash/no", "é",
            "0123456789012345678901234567890123456789012345678901234567890abc"})
    void rejectsAnythingElseNamingTheFieldAndTheRule(String value) {
        assertThatThrownBy(() -> ProjectId.of(value))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid project_id: '" + value
                        + "' (use 1-63 characters from lower-case letters a-z, digits 0-9, '-' and '_')")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("project_id"));
    }
}
