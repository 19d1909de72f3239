package dev.codebasemcp.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclarationsTest {

    @Test
    void namesWhatTheLinesOfATextDeclare() {
        String text = String.join("\n", "public class HashMap<K,V> {", "    final Node<K,V>[] resize() {",
                "        if (oldCap > 0) {", "        resize();", "        int n = size(table);", "    }",
                "def parse_args(argv):", "func (s *Server) Serve(l net.Listener) error {", "#define MAX_LEN 10",
                "    // void commented() {");
        assertThat(Declarations.declaredNames(text)).containsExactlyInAnyOrder("hashmap", "resize", "parse_args",
                "max_len", "serve");
    }

    @Test
    void controlStatementsCallsAndAssignmentsAreNotDeclarations() {
        assertThat(Declarations.isDeclaration("if (ready) {")).isFalse();
        assertThat(Declarations.isDeclaration("return compute(x);")).isFalse();
        assertThat(Declarations.isDeclaration("int n = size(table)")).isFalse();
        assertThat(Declarations.isDeclaration("synchronized (lock) {")).isFalse();
        assertThat(Declarations.isDeclaration("static void main(String[] args) {")).isTrue();
    }
}
