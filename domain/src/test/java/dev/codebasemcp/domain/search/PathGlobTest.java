package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathGlobTest {

    private static boolean matches(String glob, String path) {
        return Pattern.compile(new PathGlob(glob).regex()).matcher(path).matches();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "*.java; App.java; true",
            "*.java; src/main/App.java; true",
            "*.java; src/main/App.javax; false",
            "src/*.java; src/App.java; true",
            "src/*.java; src/main/App.java; false",
            "src/**/*.java; src/App.java; true",
            "src/**/*.java; src/main/deep/App.java; true",
            "src/**/*.java; lib/src/App.java; false",
            "/src/*.java; src/App.java; true",
            "**/test/**; a/test/b/C.java; true",
            "**/test/**; test/C.java; true",
            "**/test/**; a/tests/C.java; false",
            "src/test/; src/test/a/B.java; true",
            "src/test/; src/testing/B.java; false",
            "*.{java,kt}; a/B.kt; true",
            "*.{java,kt}; a/B.py; false",
            "?.txt; a.txt; true",
            "?.txt; ab.txt; false",
            "[ab]*.md; b-notes.md; true",
            "[!ab]*.md; b-notes.md; false",
            "[a-c]x; bx; true",
            "a+b(c).txt; a+b(c).txt; true",
            "a.txt; aXtxt; false",
    })
    void matchesRelativePaths(String glob, String path, boolean expected) {
        assertThat(matches(glob, path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "src/[ab       => has an unclosed '['",
            "*.{java       => has an unclosed '{'",
            "*.{a,{b,c}}   => has nested braces",
            "a}            => has an unbalanced '}'",
            "[z-a]         => has an invalid range 'z-a'",
    })
    void rejectsMalformedGlobsNamingTheField(String glob, String problem) {
        assertThatThrownBy(() -> new PathGlob(glob.strip()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("path_glob"))
                .hasMessageContaining(problem);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void rejectsBlankGlobs(String glob) {
        assertThatThrownBy(() -> new PathGlob(glob)).hasMessageContaining("must not be blank");
    }
}
