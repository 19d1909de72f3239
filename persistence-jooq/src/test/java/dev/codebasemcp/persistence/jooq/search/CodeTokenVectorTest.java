package dev.codebasemcp.persistence.jooq.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeTokenVectorTest {

    @Test
    void wholeIdentifiersCarryWeightAAndPartsTheDefaultWeight() {
        assertThat(CodeTokenVector.literal("HashMap.resize()"))
                .isEqualTo("'hashmap':1A 'hash':1 'map':1 'resize':2A");
    }

    @Test
    void lexemeSeenAsIdentifierAndAsPartKeepsBothWeights() {
        assertThat(CodeTokenVector.literal("map = hashMap"))
                .isEqualTo("'map':1A,2 'hashmap':2A 'hash':2");
    }

    @Test
    void identifierPositionSurvivesWhenPartPositionsAreAtTheLimit() {
        String text = "fooBar ".repeat(CodeTokenVector.MAX_POSITIONS_PER_WEIGHT + 3) + "bar";
        String literal = CodeTokenVector.literal(text);
        assertThat(literal).endsWith("'bar':" + (CodeTokenVector.MAX_POSITIONS_PER_WEIGHT + 4) + "A,1,2,3,4,5,6,7,8");
    }

    @Test
    void textWithoutIdentifiersGivesTheEmptyVector() {
        assertThat(CodeTokenVector.literal("{ } ;\n")).isEmpty();
    }

    @Test
    void quotesAndBackslashesAreDoubled() {
        StringBuilder out = new StringBuilder();
        CodeTokenVector.appendQuoted(out, "it's\\");
        assertThat(out).hasToString("'it''s\\\\'");
    }
}
