package dev.codebasemcp.persistence.jooq.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.search.PosixRegex;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PosixRegex} checks a pattern before it reaches PostgreSQL; here PostgreSQL itself judges the
 * patterns of {@code PosixRegexTest}, so the check can neither let through what the database refuses
 * nor refuse what it accepts.
 */
class PosixRegexOnPostgresTest {

    /** SQLSTATE invalid_regular_expression. */
    private static final String INVALID_REGULAR_EXPRESSION = "2201B";

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.empty();

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a*?", "a+?", "(?<=a)b", "(?<!a)b", "()", "a||b", "[]a]", "[^]a]", "\\mfoo\\M",
            "(?:a)", "a{", "a{x}", "x{,3}", "{a", "[[.a.]]", "[[=a=]]", "[a-]", "[-a]", "\\0101", "\\x41", "\\u0041",
            "(a)\\1", "[[.space.]]abc", "[[:alpha:]_]+", "foo\\.bar", "a{2,255}", "^\\s*import\\s+java\\.util", "[\\]]",
            "(?i)abc", "foo.*bar", "abc?", "(foo|barbaz)", "(foo|ba)qux", "x(ab|cd)y", "(abc)*", "(abcd)+", "a.b.c",
            "foo_bar", "^import java", "\\mparse\\M", "[Ff]oo", "\\d+px", "(?i)HashMap", "a{3}", "(?i)hash\\w*", "hash"})
    void whatPosixRegexAcceptsPostgresqlAccepts(String pattern) throws SQLException {
        PosixRegex.parse(pattern);
        assertThat(postgresqlRefuses(pattern)).as("PostgreSQL refuses %s", pattern).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a{2,1}", "a{300}", "*a", "a**", "^*", "a|*b", "a{1}{2}", "(*a)", "a$*", "\\y*", "a(?=b)*",
            "{2}", "(a", "a)", "[a", "[z-a]", "[\\w-z]", "\\q", "a\\", "\\u12", "\\xZ", "\\c", "[[:foo:]]", "\\1(a)",
            "(a)\\2", "a{2", "a{2,3", "(?z)a", "ab(?i)c"})
    void whatPosixRegexRefusesPostgresqlRefuses(String pattern) throws SQLException {
        assertThatThrownBy(() -> PosixRegex.parse(pattern)).isInstanceOf(InvalidInputException.class);
        assertThat(postgresqlRefuses(pattern)).as("PostgreSQL's verdict on %s", pattern).isNotNull();
    }

    /** Valid for PostgreSQL, refused on purpose: search matches line by line, which a director would change. */
    @ParameterizedTest
    @ValueSource(strings = {"***=a.b"})
    void theDirectorsAreRefusedThoughPostgresqlAcceptsThem(String pattern) throws SQLException {
        assertThatThrownBy(() -> PosixRegex.parse(pattern)).hasMessageContaining("directors are not supported");
        assertThat(postgresqlRefuses(pattern)).isNull();
    }

    /** @return PostgreSQL's error message for {@code pattern}, or null when it compiles it */
    private static String postgresqlRefuses(String pattern) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT '' ~ ?")) {
            statement.setString(1, pattern);
            statement.executeQuery().close();
            return null;
        } catch (SQLException e) {
            if (INVALID_REGULAR_EXPRESSION.equals(e.getSQLState())) {
                return e.getMessage();
            }
            throw e;
        }
    }
}
