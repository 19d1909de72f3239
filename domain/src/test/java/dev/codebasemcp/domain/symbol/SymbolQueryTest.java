package dev.codebasemcp.domain.symbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SymbolQueryTest {

    private static Optional<MatchQuality> match(String query, String qualifiedName) {
        return SymbolQuery.parse("name", query).match(qualifiedName);
    }

    @ParameterizedTest
    @CsvSource({
            "HashMap, HashMap, EXACT",
            "resize, HashMap.resize, EXACT",
            "HashMap.resize, HashMap.resize, EXACT",
            "HashMap::resize, HashMap.resize, EXACT",
            "HashMap#resize, HashMap.resize, EXACT",
            "hashmap, HashMap, EXACT_IGNORING_CASE",
            "Hash, HashMap, PREFIX",
            "hash, HashMap, PREFIX_IGNORING_CASE",
            "HMap, HashMap, CAMEL_HUMPS",
            "hm, HashMap, CAMEL_HUMPS",
            "hm.res, HashMap.resize, CAMEL_HUMPS",
            "HashMap.res, HashMap.resize, PREFIX",
            "NPE, NullPointerException, CAMEL_HUMPS",
            "NPExc, NullPointerException, CAMEL_HUMPS",
            "NE, NullPointerException, CAMEL_HUMPS",
            "hs, HTTPServer, CAMEL_HUMPS",
            "gv, get_value, CAMEL_HUMPS",
            "g_v, get_value, CAMEL_HUMPS",
            "ph2, parseHTTPHeader2, CAMEL_HUMPS",
            "Entry.getKey, HashMap.Entry.getKey, EXACT"
    })
    void matchesWithTheExpectedQuality(String query, String qualifiedName, MatchQuality expected) {
        assertThat(match(query, qualifiedName)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "MapHash, HashMap",
            "HashMap, HashMap.resize",
            "hx, HashMap",
            "ashMap, HashMap",
            "HashMap.resize.x, HashMap.resize",
            "Tree.resize, HashMap.resize",
            "mh, HashMap"
    })
    void doesNotMatch(String query, String qualifiedName) {
        assertThat(match(query, qualifiedName)).isEmpty();
    }

    @Test
    void theWholeMatchIsAsGoodAsItsWorstSegment() {
        assertThat(match("HashMap.RESIZE", "HashMap.resize")).contains(MatchQuality.EXACT_IGNORING_CASE);
        assertThat(match("hashMap.resize", "HashMap.resizeTable")).contains(MatchQuality.PREFIX);
        assertThat(match("hashMap.Resize", "HashMap.resizeTable")).contains(MatchQuality.PREFIX_IGNORING_CASE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".resize", "HashMap.", "a..b", "a b", "x(y)", "a*"})
    void rejectsMalformedQueriesNamingTheField(String query) {
        assertThatThrownBy(() -> SymbolQuery.parse("name", query))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("name"))
                .hasMessageContaining("name must");
    }

    @Test
    void rejectsOverlongQueries() {
        assertThatThrownBy(() -> SymbolQuery.parse("name", "a".repeat(SymbolQuery.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 200 characters, was 201");
    }

    @Test
    void queryIsStripped() {
        assertThat(SymbolQuery.parse("name", "  HashMap.resize ").segments()).isEqualTo(List.of("HashMap", "resize"));
    }

    @Test
    void humpsSplitAtCapitalsSeparatorsAndDigits() {
        assertThat(CamelHumps.humps("parseHTTPHeader2")).containsExactly("parse", "H", "T", "T", "P", "Header", "2");
        assertThat(CamelHumps.humps("__init__")).containsExactly("init");
        assertThat(CamelHumps.humps("sha256sum")).containsExactly("sha", "256", "sum");
    }
}
