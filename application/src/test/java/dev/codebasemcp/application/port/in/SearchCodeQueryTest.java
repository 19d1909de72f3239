package dev.codebasemcp.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.QueryTerm;
import dev.codebasemcp.domain.search.SearchMode;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SearchCodeQueryTest {

    private static void assertRejected(ThrowingCallable build, String field, String messagePart) {
        assertThatThrownBy(build)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(messagePart);
    }

    @Test
    void builderAppliesDefaultsForMissingFields() {
        SearchCodeQuery query = SearchCodeQuery.builder("hash map").build();
        assertThat(query.mode()).isEqualTo(SearchMode.TEXT);
        assertThat(query.limit()).isEqualTo(10);
        assertThat(query.contextLines()).isEqualTo(2);
        assertThat(query.caseSensitive()).isTrue();
        assertThat(query.projectId()).isNull();
        assertThat(query.repoPath()).isNull();
        assertThat(query.pathGlob()).isNull();
        assertThat(query.language()).isNull();
    }

    @Test
    void builderNormalizesGivenFields() {
        SearchCodeQuery query = SearchCodeQuery.builder("parseArgs").projectId(" demo ").repoPath("/srv/repo/")
                .mode("LITERAL").pathGlob(" *.java ").language("Java").limit(100).caseSensitive(false)
                .contextLines(0).build();
        assertThat(query.projectId()).isEqualTo(ProjectId.of("demo"));
        assertThat(query.repoPath()).isEqualTo(Path.of("/srv/repo"));
        assertThat(query.mode()).isEqualTo(SearchMode.LITERAL);
        assertThat(query.pathGlob().glob()).isEqualTo("*.java");
        assertThat(query.language()).isEqualTo("java");
        assertThat(query.limit()).isEqualTo(100);
        assertThat(query.caseSensitive()).isFalse();
        assertThat(query.contextLines()).isZero();
    }

    @Test
    void repositoryIsOnlySyntaxCheckedWithoutTouchingTheDisk() {
        assertThat(SearchCodeQuery.builder("x").repoPath("/no/such/link/").build().repoPath())
                .isEqualTo(Path.of("/no/such/link"));
    }

    @Test
    void textQueryExposesItsTermsAndOtherModesNone() {
        assertThat(SearchCodeQuery.builder("parse_args").build().terms())
                .containsExactly(new QueryTerm("parse_args", List.of("parse", "args")));
        assertThat(SearchCodeQuery.builder("parse_args").mode("literal").build().terms()).isEmpty();
        assertThat(SearchCodeQuery.builder("parse_args").mode("regex").build().regex().body()).isEqualTo("parse_args");
    }

    @Test
    void emptyQueryIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("  ").build(), "query", "query must not be empty");
        assertRejected(() -> SearchCodeQuery.builder(null).build(), "query", "query must not be empty");
    }

    @Test
    void overlongQueryIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("a".repeat(1001)).build(), "query", "at most 1000");
    }

    @Test
    void textQueryWithoutWordsIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("-> ::").build(), "query", "no words to search for");
    }

    @Test
    void textQueryWithTooManyWordsIsRejected() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 33; i++) {
            words.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
        }
        assertRejected(() -> SearchCodeQuery.builder(words.toString()).build(), "query", "33 distinct words");
    }

    @Test
    void literalWithFewerThanThreeConsecutiveLettersOrDigitsIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("ab").mode("literal").build(), "query",
                "needs at least 3 consecutive letters or digits in literal mode");
        assertRejected(() -> SearchCodeQuery.builder("a.b.c").mode("literal").build(), "query", "literal mode");
        assertThat(SearchCodeQuery.builder("a.abc").mode("literal").build().query()).isEqualTo("a.abc");
    }

    @Test
    void regexWithFewerThanThreeRequiredLettersOrDigitsIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder(".*").mode("regex").build(), "query", "regex mode");
        assertRejected(() -> SearchCodeQuery.builder("(abc)?x").mode("regex").build(), "query", "regex mode");
        assertRejected(() -> SearchCodeQuery.builder("ab|cde").mode("regex").build(), "query", "regex mode");
    }

    @Test
    void invalidRegexIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("parse(Args").mode("regex").build(), "query",
                "Invalid regular expression: parentheses () not balanced");
    }

    @Test
    void multiLineLiteralIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("foo\nbar").mode("literal").build(), "query", "single line");
    }

    @Test
    void limitOutOfRangeIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("x").limit(0).build(), "limit", "between 1 and 100, got: 0");
        assertRejected(() -> SearchCodeQuery.builder("x").limit(101).build(), "limit", "got: 101");
    }

    @Test
    void contextLinesOutOfRangeIsRejected() {
        assertRejected(() -> SearchCodeQuery.builder("x").contextLines(-1).build(), "context_lines", "between 0 and 10");
        assertRejected(() -> SearchCodeQuery.builder("x").contextLines(11).build(), "context_lines", "got: 11");
    }

    @Test
    void malformedFiltersAreRejectedNamingTheirFields() {
        assertRejected(() -> SearchCodeQuery.builder("x").mode("grep").build(), "mode", "allowed: text, literal, regex");
        assertRejected(() -> SearchCodeQuery.builder("x").projectId("Not Valid").build(), "project_id", "Invalid project_id");
        assertRejected(() -> SearchCodeQuery.builder("x").repoPath("relative/path").build(), "repo_path", "absolute");
        assertRejected(() -> SearchCodeQuery.builder("x").repoPath("/a/../etc").build(), "repo_path", "traversal");
        assertRejected(() -> SearchCodeQuery.builder("x").pathGlob("src/[a").build(), "path_glob", "unclosed '['");
        assertRejected(() -> SearchCodeQuery.builder("x").language("c c").build(), "language", "Unknown language: 'c c'");
        assertRejected(() -> SearchCodeQuery.builder("x").language("klingon").build(), "language", "tcl, terraform");
    }

    @Test
    void languageAliasesMeanTheLanguage() {
        assertThat(SearchCodeQuery.builder("x").language("js").build().language()).isEqualTo("javascript");
        assertThat(SearchCodeQuery.builder("x").language("TS").build().language()).isEqualTo("typescript");
        assertThat(SearchCodeQuery.builder("x").language("golang").build().language()).isEqualTo("go");
        assertThat(SearchCodeQuery.builder("x").language("py").build().language()).isEqualTo("python");
        assertThat(SearchCodeQuery.builder("x").language("c#").build().language()).isEqualTo("csharp");
    }

    @Test
    void aTextWordOverTheTsqueryLimitIsRejectedNamingTheQuery() {
        String cjk = "\u6f22".repeat(700);

        assertRejected(() -> SearchCodeQuery.builder(cjk).build(), "query", "is 2100 bytes long in UTF-8; a word may have at most 2047");
        assertThat(SearchCodeQuery.builder(cjk).mode("literal").build().query()).isEqualTo(cjk);
    }

    @Test
    void regexInRipgrepSyntaxIsTranslatedAndUnsupportedSyntaxRefused() {
        assertThat(SearchCodeQuery.builder("foo\\w+\\b").mode("regex").build().regex().body()).isEqualTo("foo\\w+\\y");
        assertRejected(() -> SearchCodeQuery.builder("\\p{L}abc").mode("regex").build(), "query", "Unicode classes");
    }
}
