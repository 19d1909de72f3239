package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeTokensTest {

    private static List<String> lexemes(String text) {
        return CodeTokens.ofText(text).stream().map(CodeToken::lexeme).toList();
    }

    private static List<String> partsOf(String identifier) {
        return CodeTokens.ofQuery(identifier).getFirst().parts();
    }

    @Test
    void camelCaseIdentifierGivesWholeIdentifierThenParts() {
        assertThat(CodeTokens.ofText("parseArgs")).containsExactly(
                new CodeToken("parseargs", 1, true),
                new CodeToken("parse", 1, false),
                new CodeToken("args", 1, false));
    }

    @Test
    void acronymRunIsSplitBeforeTheCapitalThatStartsTheNextWord() {
        assertThat(lexemes("HTTPServer")).containsExactly("httpserver", "http", "server");
        assertThat(partsOf("parseHTTPResponse")).containsExactly("parse", "http", "response");
        assertThat(partsOf("XMLHttpRequest")).containsExactly("xml", "http", "request");
        assertThat(partsOf("getURL")).containsExactly("get", "url");
    }

    @Test
    void snakeCaseKeepsUnderscoresInTheWholeIdentifierOnly() {
        assertThat(lexemes("parse_args")).containsExactly("parse_args", "parse", "args");
        assertThat(lexemes("MAX_VALUE")).containsExactly("max_value", "max", "value");
        assertThat(lexemes("__init__")).containsExactly("__init__", "init");
    }

    @Test
    void kebabCaseAndPunctuationSeparateIdentifiers() {
        assertThat(lexemes("max-width")).containsExactly("max", "width");
        assertThat(lexemes("HashMap.resize()")).containsExactly("hashmap", "hash", "map", "resize");
    }

    @Test
    void digitsAreSeparatePartsOfAnIdentifier() {
        assertThat(partsOf("sha256sum")).containsExactly("sha", "256", "sum");
        assertThat(partsOf("x86_64")).containsExactly("x", "86", "64");
        assertThat(partsOf("Utf8Decoder")).containsExactly("utf", "8", "decoder");
        assertThat(lexemes("42")).containsExactly("42");
    }

    @Test
    void singleWordIdentifierIsEmittedOnceAsWholeIdentifier() {
        assertThat(CodeTokens.ofText("resize")).containsExactly(new CodeToken("resize", 1, true));
    }

    @Test
    void repeatedPartIsEmittedOncePerIdentifier() {
        assertThat(lexemes("mapToMap")).containsExactly("maptomap", "map", "to");
    }

    @Test
    void positionsCountIdentifiersNotCharacters() {
        assertThat(CodeTokens.ofText("int size = map.size();"))
                .extracting(CodeToken::position)
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void positionsAreCappedAtTheMaximum() {
        String text = "a ".repeat(CodeTokens.MAX_POSITION + 5);
        List<CodeToken> tokens = CodeTokens.ofText(text);
        assertThat(tokens).hasSize(CodeTokens.MAX_POSITION + 5);
        assertThat(tokens.getLast().position()).isEqualTo(CodeTokens.MAX_POSITION);
    }

    @Test
    void lexemesOverTheLengthLimitAreDroppedButShortPartsAreKept() {
        String longWord = "a".repeat(CodeTokens.MAX_LEXEME_LENGTH + 1);
        assertThat(lexemes(longWord)).isEmpty();
        assertThat(lexemes(longWord + "_tail")).containsExactly("tail");
    }

    @Test
    void separatorOnlyRunsAndPunctuationGiveNoTokens() {
        assertThat(CodeTokens.ofText("__ $ ++ -> {} \"\" // ")).isEmpty();
        assertThat(CodeTokens.ofText("")).isEmpty();
    }

    @Test
    void dollarSeparatesPartsLikeUnderscore() {
        assertThat(lexemes("Outer$Inner")).containsExactly("outer$inner", "outer", "inner");
    }

    @Test
    void nonAsciiLettersAreLowerCasedAndUncasedLettersStayInOnePart() {
        assertThat(lexemes("ÜberGröße")).containsExactly("übergröße", "über", "größe");
        assertThat(lexemes("変数名")).containsExactly("変数名");
    }

    @Test
    void queryGivesOneTermPerDistinctIdentifierWithItsParts() {
        assertThat(CodeTokens.ofQuery("hash map resize")).containsExactly(
                new QueryTerm("hash", List.of("hash")),
                new QueryTerm("map", List.of("map")),
                new QueryTerm("resize", List.of("resize")));
        assertThat(CodeTokens.ofQuery("parse_args")).containsExactly(
                new QueryTerm("parse_args", List.of("parse", "args")));
        assertThat(CodeTokens.ofQuery("HashMap.resize() hashMap")).containsExactly(
                new QueryTerm("hashmap", List.of("hash", "map")),
                new QueryTerm("resize", List.of("resize")));
    }

    @Test
    void queryAndTextAgreeSoASnakeCaseQueryMatchesACamelCaseIdentifier() {
        List<String> chunkLexemes = lexemes("Options parseArgs(String[] argv)");
        for (String part : CodeTokens.ofQuery("parse_args").getFirst().parts()) {
            assertThat(chunkLexemes).contains(part);
        }
    }

    @Test
    void queryWithoutLettersOrDigitsGivesNoTerms() {
        assertThat(CodeTokens.ofQuery("  ++ ()  ")).isEmpty();
    }
}
