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
        int limit = CodeTokenVector.MAX_POSITIONS_PER_WEIGHT;
        String text = "fooBar ".repeat(limit + 3) + "bar";
        StringBuilder partPositions = new StringBuilder();
        for (int position = 1; position <= limit; position++) {
            partPositions.append(',').append(position);
        }
        assertThat(CodeTokenVector.literal(text)).endsWith("'bar':" + (limit + 4) + "A" + partPositions);
    }

    @Test
    void eachWeightKeepsAtMostTheLimitOfPositions() {
        String literal = CodeTokenVector.literal("x ".repeat(CodeTokenVector.MAX_POSITIONS_PER_WEIGHT + 5));
        assertThat(literal.split(",")).hasSize(CodeTokenVector.MAX_POSITIONS_PER_WEIGHT);
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
