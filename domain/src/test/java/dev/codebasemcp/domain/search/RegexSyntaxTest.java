package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", textBlock = """
            \\w+\\b => \\w+\\y
            \\Bfoo\\B => \\Yfoo\\Y
            \\Aimport\\z => ^import$
            (?i)utf-?8 => (?i)utf-?8
            (?m)^end$ => ^end$
            (?is)todo => (?i)todo
            (?:get|set)Value => (?:get|set)Value
            (?P<name>\\d+)-(?<n>\\d) => (\\d+)-(\\d)
            foo(?=bar) => foo(?=bar)
            \\x{41}bc => \\U00000041bc
            \\Qa.b*c\\E+ => a\\.b\\*c+
            [\\d\\s_]+x => [\\d\\s_]+x
            [\\b]x => [\\b]x
            [^]a]+z => [^]a]+z
            [[:alpha:]]+\\d => [[:alpha:]]+\\d
            a\\.b\\(c\\) => a\\.b\\(c\\)
            (a)\\1 => (a)\\1
            lazy.*?end => lazy.*?end
            """)
    void translatesToTheSameMeaningInPostgresql(String ripgrep, String postgres) {
        assertThat(RegexSyntax.toPostgres(ripgrep)).isEqualTo(postgres);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", textBlock = """
            abc(?i)def => flags only at the very start
            (?i:abc) => flags only at the very start
            abc*+ => possessive quantifier
            \\p{L}+abc => Unicode classes
            abc\\y => not a ripgrep/RE2/Java escape
            abc\\k => the escape '\\k' is not supported
            \\<word\\> => for a word boundary write \\b
            [\\B]abc => cannot stand inside a bracket expression
            (?x)abc => flag 'x'
            abc\\ => lone backslash
            """)
    void refusesWhatPostgresqlCannotRunAsMeant(String pattern, String message) {
        assertThatThrownBy(() -> RegexSyntax.toPostgres(pattern))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("query"))
                .hasMessageContaining("Unsupported regular expression")
                .hasMessageContaining(message);
    }
}
