package dev.codebasemcp.domain.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolMatchTest {

    private static Definition definition(String container, String name, SymbolKind kind, int line) {
        return new Definition(name, kind, container, line, line + 1, name);
    }

    @Test
    void ranksByExactnessThenByNameLength() {
        Definition hashMap = definition("", "HashMap", SymbolKind.CLASS, 1);
        Definition hashMapper = definition("", "HashMapper", SymbolKind.CLASS, 10);
        Definition hashmapLower = definition("", "hashmap", SymbolKind.FUNCTION, 20);
        Definition hashMapEntry = definition("", "HashMapEntry", SymbolKind.CLASS, 30);
        Definition humpOnly = definition("", "HeavyMachine", SymbolKind.CLASS, 40);
        Definition unrelated = definition("", "TreeMap", SymbolKind.CLASS, 50);

        List<SymbolMatch> ranked = SymbolMatch.rank(SymbolQuery.parse("name", "HashMap"),
                List.of(unrelated, hashMapEntry, hashmapLower, hashMapper, hashMap, humpOnly));

        assertThat(ranked).extracting(match -> match.definition().name())
                .containsExactly("HashMap", "hashmap", "HashMapper", "HashMapEntry");
        assertThat(ranked).extracting(SymbolMatch::quality).containsExactly(MatchQuality.EXACT,
                MatchQuality.EXACT_IGNORING_CASE, MatchQuality.PREFIX, MatchQuality.PREFIX);
    }

    @Test
    void humpQueryFindsTheMethodInItsClass() {
        Definition resize = definition("HashMap", "resize", SymbolKind.METHOD, 5);
        Definition otherResize = definition("TreeMap", "resize", SymbolKind.METHOD, 9);
        Definition hashMap = definition("", "HashMap", SymbolKind.CLASS, 1);

        List<SymbolMatch> ranked = SymbolMatch.rank(SymbolQuery.parse("name", "hm.res"),
                List.of(otherResize, hashMap, resize));

        assertThat(ranked).extracting(match -> match.definition().qualifiedName()).containsExactly("HashMap.resize");
    }
}
