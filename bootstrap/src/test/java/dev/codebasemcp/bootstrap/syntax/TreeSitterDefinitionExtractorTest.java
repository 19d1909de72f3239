package dev.codebasemcp.bootstrap.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.out.DefinitionExtractor.Extraction;
import dev.codebasemcp.application.port.out.DefinitionExtractor.Outcome;
import dev.codebasemcp.domain.index.LanguageDetector;
import dev.codebasemcp.domain.symbol.Definition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fixture under {@code symbols/} has its exact expected definitions in {@code <fixture>.expected}. */
class TreeSitterDefinitionExtractorTest {

    private static final TreeSitterDefinitionExtractor EXTRACTOR = new TreeSitterDefinitionExtractor(ExtractionLimits.DEFAULT);

    static String fixture(String name) throws IOException {
        try (InputStream in = TreeSitterDefinitionExtractorTest.class.getResourceAsStream("/symbols/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Extraction extract(String fixture) throws IOException {
        return EXTRACTOR.extract(fixture, LanguageDetector.detect(fixture).orElseThrow(), fixture(fixture));
    }

    /** One line per definition: {@code start-end kind qualified.name | signature}. */
    static String render(List<Definition> definitions) {
        return definitions.stream()
                .map(d -> d.startLine() + "-" + d.endLine() + " " + d.kind().wireName() + " " + d.qualifiedName()
                        + " | " + d.signature())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sample.java", "sample.py", "sample.go", "sample.js", "sample.ts", "sample.tsx", "sample.rs",
            "sample.c", "sample.cpp", "Sample.cs", "sample.rb", "sample.php", "sample.kt"})
    void extractsExactlyTheExpectedDefinitions(String fixture) throws IOException {
        Extraction extraction = extract(fixture);

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(render(extraction.definitions())).isEqualTo(fixture(fixture + ".expected"));
    }

    @Test
    void everyDetectedLanguageOfTheIssueHasAGrammar() {
        assertThat(EXTRACTOR.languages()).containsExactlyInAnyOrder("java", "python", "go", "javascript", "typescript",
                "rust", "c", "cpp", "csharp", "ruby", "php", "kotlin");
    }

    @Test
    void threadsSharingOneExtractorGetTheSameDefinitions() throws Exception {
        List<String> fixtures = List.of("Sample.java", "sample.py", "sample.go", "sample.rs", "sample.kt", "sample.tsx");
        Map<String, Extraction> alone = new HashMap<>();
        for (String fixture : fixtures) {
            alone.put(fixture, extract(fixture));
        }

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int run = 0; run < 48; run++) {
                String fixture = fixtures.get(run % fixtures.size());
                runs.add(pool.submit(() -> extract(fixture).equals(alone.get(fixture))));
            }
            for (Future<Boolean> same : runs) {
                assertThat(same.get(1, TimeUnit.MINUTES)).isTrue();
            }
        }
    }

    @Test
    void languageWithoutGrammarYieldsNoDefinitions() {
        assertThat(EXTRACTOR.extract("notes.md", "markdown", "# Title")).isEqualTo(Extraction.none(Outcome.NO_GRAMMAR));
    }

    @Test
    void fileOverTheSizeLimitYieldsNoDefinitions() {
        TreeSitterDefinitionExtractor small = new TreeSitterDefinitionExtractor(new ExtractionLimits(10, Duration.ofSeconds(5)));

        assertThat(small.extract("A.java", "java", "class A { void f() {} }")).isEqualTo(Extraction.none(Outcome.TOO_LARGE));
    }

    @Test
    void parseOverTheTimeLimitStopsAndYieldsNoDefinitions() {
        TreeSitterDefinitionExtractor hasty = new TreeSitterDefinitionExtractor(new ExtractionLimits(100_000_000, Duration.ofNanos(1)));
        String source = "class A { void f() { int x = 1; } }\n".repeat(2_000);

        assertThat(hasty.extract("A.java", "java", source)).isEqualTo(Extraction.none(Outcome.TIMED_OUT));
        assertThat(EXTRACTOR.extract("A.java", "java", source).definitions()).hasSize(4_000);
    }

    @Test
    void brokenSourceStillYieldsTheDefinitionsThatParse() {
        Extraction extraction = EXTRACTOR.extract("A.java", "java", "class A {\n  void f() {\n  }\n  void g( {\n}\n");

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.definitions()).extracting(Definition::qualifiedName).contains("A", "A.f");
    }

    @Test
    void namesAndSignaturesKeepNonAsciiText() {
        Extraction extraction = EXTRACTOR.extract("a.py", "python", "# é\ndef größe():\n    return 'ü'\n");

        assertThat(extraction.definitions()).containsExactly(
                new Definition("größe", dev.codebasemcp.domain.symbol.SymbolKind.FUNCTION, "", 2, 3, "def größe():"));
    }
}
