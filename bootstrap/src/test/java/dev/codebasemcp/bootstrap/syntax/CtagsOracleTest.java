package dev.codebasemcp.bootstrap.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codebasemcp.domain.symbol.Definition;
import dev.codebasemcp.domain.symbol.SymbolKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the fixtures' definitions with Universal Ctags' tags, for the languages where the two
 * share a vocabulary. Both sides are mapped to common kind words; a definition matches a tag with the
 * same kind, name and container whose line lies within the definition. Kinds only one side knows are
 * left out, as are the few names ctags 5.9 misreads (it takes Java and C# records for methods).
 */
class CtagsOracleTest {

    @BeforeAll
    static void ctagsIsInstalled() {
        assumeTrue(UniversalCtags.available(), "Universal Ctags is not installed (apt-get install universal-ctags)");
    }

    record Vocabulary(String fixture, Map<String, String> ctagsKinds, Map<SymbolKind, String> ourKinds,
                      String scopePrefix, Set<String> misreadByCtags) {
    }

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                new Vocabulary("Sample.java",
                        Map.of("class", "class", "interface", "interface", "annotation", "interface", "enum", "enum",
                                "method", "method", "field", "field", "enumConstant", "field"),
                        Map.of(SymbolKind.CLASS, "class", SymbolKind.INTERFACE, "interface", SymbolKind.ENUM, "enum",
                                SymbolKind.METHOD, "method", SymbolKind.CONSTRUCTOR, "method", SymbolKind.FIELD, "field"),
                        "", Set.of("HashMap.Pair", "HashMap.Pair.Pair")),
                new Vocabulary("sample.py",
                        Map.of("class", "class", "member", "method", "function", "function"),
                        Map.of(SymbolKind.CLASS, "class", SymbolKind.METHOD, "method", SymbolKind.CONSTRUCTOR, "method",
                                SymbolKind.FUNCTION, "function"),
                        "", Set.of()),
                new Vocabulary("sample.go",
                        Map.of("struct", "struct", "interface", "interface", "func", "func", "methodSpec", "func",
                                "const", "constant", "member", "field", "type", "type"),
                        Map.of(SymbolKind.STRUCT, "struct", SymbolKind.INTERFACE, "interface", SymbolKind.FUNCTION, "func",
                                SymbolKind.METHOD, "func", SymbolKind.CONSTANT, "constant", SymbolKind.FIELD, "field",
                                SymbolKind.TYPE_ALIAS, "type"),
                        "shapes", Set.of()),
                new Vocabulary("sample.c",
                        Map.of("struct", "struct", "union", "struct", "enum", "enum", "function", "function",
                                "member", "field", "enumerator", "field", "typedef", "type", "macro", "constant"),
                        Map.of(SymbolKind.STRUCT, "struct", SymbolKind.ENUM, "enum", SymbolKind.FUNCTION, "function",
                                SymbolKind.FIELD, "field", SymbolKind.TYPE_ALIAS, "type", SymbolKind.CONSTANT, "constant"),
                        "", Set.of()),
                new Vocabulary("Sample.cs",
                        Map.of("namespace", "module", "class", "class", "interface", "interface", "struct", "struct",
                                "enum", "enum", "method", "method", "property", "field", "field", "field",
                                "enumerator", "field"),
                        Map.of(SymbolKind.MODULE, "module", SymbolKind.CLASS, "class", SymbolKind.INTERFACE, "interface",
                                SymbolKind.STRUCT, "struct", SymbolKind.ENUM, "enum", SymbolKind.METHOD, "method",
                                SymbolKind.CONSTRUCTOR, "method", SymbolKind.FIELD, "field"),
                        "", Set.of("Demo.Pair", "Demo.Handler")),
                new Vocabulary("sample.rb",
                        Map.of("module", "module", "class", "class", "method", "method", "singletonMethod", "method",
                                "constant", "constant"),
                        Map.of(SymbolKind.MODULE, "module", SymbolKind.CLASS, "class", SymbolKind.METHOD, "method",
                                SymbolKind.CONSTRUCTOR, "method", SymbolKind.FUNCTION, "method",
                                SymbolKind.CONSTANT, "constant"),
                        "", Set.of()))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void definitionsAgreeWithCtags(Vocabulary vocabulary) throws Exception {
        List<Definition> ours = TreeSitterDefinitionExtractorTest.extract(vocabulary.fixture()).definitions().stream()
                .filter(d -> vocabulary.ourKinds().containsKey(d.kind()))
                .filter(d -> !vocabulary.misreadByCtags().contains(d.qualifiedName()))
                .toList();
        List<UniversalCtags.Tag> tags = UniversalCtags.tags(List.of(), fixturePath(vocabulary.fixture())).stream()
                .filter(tag -> vocabulary.ctagsKinds().containsKey(tag.kind()))
                .filter(tag -> !vocabulary.misreadByCtags().contains(qualified(tag, vocabulary.scopePrefix())))
                .toList();

        assertThat(ours).extracting(d -> vocabulary.ourKinds().get(d.kind()) + " " + d.qualifiedName())
                .containsExactlyInAnyOrderElementsOf(tags.stream()
                        .map(tag -> vocabulary.ctagsKinds().get(tag.kind()) + " " + qualified(tag, vocabulary.scopePrefix()))
                        .toList());
        for (UniversalCtags.Tag tag : tags) {
            assertThat(ours).as("a definition of %s around line %d", tag.name(), tag.line())
                    .anyMatch(d -> d.qualifiedName().equals(qualified(tag, vocabulary.scopePrefix()))
                            && d.startLine() <= tag.line() && tag.line() <= d.endLine());
        }
    }

    private static String qualified(UniversalCtags.Tag tag, String scopePrefix) {
        String scope = tag.scope();
        if (!scopePrefix.isEmpty() && (scope.equals(scopePrefix) || scope.startsWith(scopePrefix + "."))) {
            scope = scope.substring(Math.min(scope.length(), scopePrefix.length() + 1));
        }
        return scope.isEmpty() ? tag.name() : scope + "." + tag.name();
    }

    private static Path fixturePath(String fixture) throws URISyntaxException {
        return Path.of(CtagsOracleTest.class.getResource("/symbols/" + fixture).toURI());
    }
}
