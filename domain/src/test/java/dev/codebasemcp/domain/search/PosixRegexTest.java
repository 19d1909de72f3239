package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PosixRegexTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a*?", "a+?", "(?<=a)b", "(?<!a)b", "()", "a||b", "[]a]", "[^]a]", "\\mfoo\\M",
            "(?:a)", "a{", "a{x}", "x{,3}", "{a", "[[.a.]]", "[[=a=]]", "[a-]", "[-a]", "\\0101", "\\x41", "\\u0041",
            "(a)\\1", "[[.space.]]abc", "[[:alpha:]_]+", "foo\\.bar", "a{2,255}", "^\\s*import\\s+java\\.util", "[\\]]", "(?i)abc"})
    void acceptsWhatPostgresqlAccepts(String pattern) {
        PosixRegex.parse(pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "a{2,1}    => invalid repetition count(s)",
            "a{300}    => invalid repetition count(s)",
            "*a        => quantifier operand invalid",
            "a**       => quantifier operand invalid",
            "^*        => quantifier operand invalid",
            "a|*b      => quantifier operand invalid",
            "a{1}{2}   => quantifier operand invalid",
            "(*a)      => quantifier operand invalid",
            "a$*       => quantifier operand invalid",
            "\\y*      => quantifier operand invalid",
            "a(?=b)*   => quantifier operand invalid",
            "{2}       => quantifier operand invalid",
            "(a        => parentheses () not balanced",
            "a)        => parentheses () not balanced",
            "[a        => brackets [] not balanced",
            "[z-a]     => invalid character range",
            "[\\w-z]   => invalid character range",
            "\\q       => invalid escape \\ sequence",
            "a\\       => invalid escape \\ sequence",
            "\\u12     => invalid escape \\ sequence",
            "\\xZ      => invalid escape \\ sequence",
            "\\c       => invalid escape \\ sequence",
            "[[:foo:]]  => invalid character class",
            "\\1(a)    => invalid backreference number",
            "(a)\\2    => invalid backreference number",
            "a{2       => braces {} not balanced",
            "a{2,3     => braces {} not balanced",
            "(?z)a     => embedded option 'z' is not supported",
            "***=a.b   => the *** directors are not supported",
    })
    void rejectsWhatPostgresqlRejectsWithItsWording(String pattern, String reason) {
        assertThatThrownBy(() -> PosixRegex.parse(pattern.strip()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("query"))
                .hasMessageStartingWith("Invalid regular expression: " + reason);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "abc                    => 3",
            "ab                     => 2",
            "foo.*bar               => 3",
            "abc?                   => 2",
            "(foo|barbaz)           => 3",
            "(foo|ba)qux            => 5",
            "x(ab|cd)y              => 3",
            "(abc)*                 => 0",
            "(abcd)+                => 4",
            "a.b.c                  => 1",
            "foo_bar                => 3",
            "^import java           => 6",
            "\\mparse\\M            => 5",
            "[Ff]oo                 => 2",
            "\\d+px                 => 2",
            "(?i)HashMap            => 7",
            "a{3}                   => 1",
    })
    void computesTheRunOfLettersAndDigitsEveryMatchContains(String pattern, int run) {
        assertThat(PosixRegex.parse(pattern.strip()).requiredRun()).isEqualTo(run);
    }

    @Test
    void leadingCaseOptionIsReadAndStrippedFromTheBody() {
        PosixRegex regex = PosixRegex.parse("(?i)hash\\w*");
        assertThat(regex.caseInsensitive()).isTrue();
        assertThat(regex.body()).isEqualTo("hash\\w*");
        assertThat(regex.pattern()).isEqualTo("(?i)hash\\w*");
        assertThat(PosixRegex.parse("hash").caseInsensitive()).isFalse();
    }

    @Test
    void embeddedOptionsInsideThePatternAreRefused() {
        assertThatThrownBy(() -> PosixRegex.parse("ab(?i)c"))
                .hasMessageContaining("embedded options are allowed only at the start");
    }
}
