package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathKindTest {

    @ParameterizedTest
    @CsvSource({
            "src/main/java/a/HashMap.java, SOURCE", "lib/json/encoder.py, SOURCE", "contest/Solver.java, SOURCE",
            "src/test/java/a/HashMapTest.java, TEST", "test/test_json.py, TEST", "pkg/io_test.go, TEST",
            "web/app.spec.ts, TEST", "Lib/test/test_os.py, TEST", "docs/guide.md, DOC", "README.md, DOC",
            "CHANGELOG, DOC", "api/foo.pb.go, GENERATED", "gen/generated/Parser.java, GENERATED",
            "vendor/github.com/x/y.go, VENDORED", "third_party/zlib/inflate.c, VENDORED",
            "node_modules/left-pad/index.js, VENDORED"})
    void judgesWhatAFileIsForFromItsPath(String path, PathKind kind) {
        assertThat(PathKind.of(path)).isEqualTo(kind);
    }
}
