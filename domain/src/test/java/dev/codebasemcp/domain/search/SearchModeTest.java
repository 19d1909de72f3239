package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SearchModeTest {

    @Test
    void parsesLabelsInAnyCaseAndDefaultsToText() {
        assertThat(SearchMode.parse("Literal")).isEqualTo(SearchMode.LITERAL);
        assertThat(SearchMode.parse(" regex ")).isEqualTo(SearchMode.REGEX);
        assertThat(SearchMode.parse(null)).isEqualTo(SearchMode.TEXT);
        assertThat(SearchMode.parse("")).isEqualTo(SearchMode.TEXT);
        assertThat(SearchMode.REGEX.label()).isEqualTo("regex");
    }

    @Test
    void unknownModeNamesTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> SearchMode.parse("fuzzy"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mode"))
                .hasMessage("Invalid mode: 'fuzzy' (allowed: text, literal, regex)");
    }
}
