package dev.codebasemcp.domain.symbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class DefinitionTest {

    @Test
    void qualifiedNameJoinsContainerAndName() {
        assertThat(new Definition("resize", SymbolKind.METHOD, "HashMap", 3, 9, "void resize() {").qualifiedName())
                .isEqualTo("HashMap.resize");
        assertThat(new Definition("HashMap", SymbolKind.CLASS, "", 1, 20, "class HashMap {").qualifiedName())
                .isEqualTo("HashMap");
    }

    @Test
    void signatureIsStrippedAndCapped() {
        Definition definition = new Definition("f", SymbolKind.FUNCTION, "", 1, 1, "  def f(" + "x".repeat(400));
        assertThat(definition.signature()).startsWith("def f(").hasSize(Definition.MAX_SIGNATURE_LENGTH);
    }

    @Test
    void rejectsBlankNamesAndBackwardRanges() {
        assertThatThrownBy(() -> new Definition(" ", SymbolKind.CLASS, "", 1, 1, ""))
                .hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> new Definition("A", SymbolKind.CLASS, "", 5, 4, ""))
                .hasMessageContaining("invalid line range 5-4");
    }

    @Test
    void nestingIsByLineRange() {
        Definition outer = new Definition("A", SymbolKind.CLASS, "", 1, 10, "");
        Definition inner = new Definition("f", SymbolKind.METHOD, "A", 2, 4, "");
        assertThat(inner.isInside(outer)).isTrue();
        assertThat(outer.isInside(inner)).isFalse();
        assertThat(outer.isInside(outer)).isFalse();
    }

    @Test
    void kindsParseFromWireNamesAndNameTheFieldOnError() {
        assertThat(SymbolKind.fromWireName("kind", "Type_Alias")).isEqualTo(SymbolKind.TYPE_ALIAS);
        assertThat(SymbolKind.TYPE_ALIAS.wireName()).isEqualTo("type_alias");
        assertThatThrownBy(() -> SymbolKind.fromWireName("kind", "klass"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kind must be one of class, interface, enum")
                .hasMessageContaining("was 'klass'");
    }
}
