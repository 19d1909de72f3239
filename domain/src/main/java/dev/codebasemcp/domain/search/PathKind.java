package dev.codebasemcp.domain.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a file is for, judged from its path: source, or one of the kinds a natural-language question
 * rarely means (tests, documentation, generated code, vendored third-party code).
 */
public enum PathKind {
    SOURCE, TEST, DOC, GENERATED, VENDORED;

    /** Query words that ask for the secondary kinds, so they are not ranked down. */
    static final Set<String> ASKING_WORDS = Set.of("test", "tests", "testing", "spec", "specs", "doc", "docs",
            "documentation", "readme", "changelog", "example", "examples", "sample", "samples", "generated",
            "vendor", "vendored", "benchmark", "benchmarks", "fixture", "fixtures");

    private static final Pattern VENDORED_PATH = Pattern.compile(
            "(^|/)(vendor|vendored|third[_-]?party|node_modules|external|extern|deps)/");
    private static final Pattern GENERATED_PATH = Pattern.compile(
            "(^|/)(generated|gen-src|target/generated-sources)/|\\.(pb\\.go|min\\.js|min\\.css)$|_pb2\\.py$|\\.g\\.dart$");
    private static final Pattern TEST_PATH = Pattern.compile(
            "(^|/)(tests?|__tests__|spec|specs|testing|testdata|test_?data|fixtures?)/"
                    + "|(^|/)test_[^/]*$|_test\\.[a-z]+$|(Test|Tests|IT|Spec)\\.[a-z]+$|\\.(test|spec)\\.[a-z]+$");
    private static final Pattern DOC_PATH = Pattern.compile(
            "(^|/)(docs?|documentation|man)/|\\.(md|markdown|rst|txt|adoc|html?)$|(^|/)(changelog|changes|news|history)[^/]*$",
            Pattern.CASE_INSENSITIVE);

    public static PathKind of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (VENDORED_PATH.matcher(lower).find()) {
            return VENDORED;
        }
        if (GENERATED_PATH.matcher(lower).find()) {
            return GENERATED;
        }
        if (TEST_PATH.matcher(path).find() || TEST_PATH.matcher(lower).find()) {
            return TEST;
        }
        return DOC_PATH.matcher(path).find() ? DOC : SOURCE;
    }

    public boolean secondary() {
        return this != SOURCE;
    }
}
