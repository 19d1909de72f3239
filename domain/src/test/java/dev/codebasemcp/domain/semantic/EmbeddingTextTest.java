package dev.codebasemcp.domain.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingTextTest {

    private static final String JAVA_CHUNK = """
            /*
             * Copyright (c) 1997, 2023, Oracle and/or its affiliates. All rights reserved.
             */
                /**
                 * Initializes or doubles table size.  If null, allocates in
                 * accord with initial capacity target held in field threshold.
                 * Otherwise, because we are using power-of-two expansion, the
                 * elements from each bin must either stay at same index.
                 *
                 * @return the table
                 */
                final Node<K,V>[] resize() {
                    Node<K,V>[] oldTab = table;
                    int oldCap = (oldTab == null) ? 0 : oldTab.length;
                    if (oldCap > 0) {
                        return oldTab;
                    }
                    return newTab;
                }
            """;

    @Test
    void pathWordsDropTheExtensionAndSplitIdentifiers() {
        assertThat(EmbeddingText.pathWords("java.base/java/util/HashMap.java")).isEqualTo("java base util hash map");
        assertThat(EmbeddingText.pathWords("urllib/request_handler.py")).isEqualTo("urllib request handler");
        assertThat(EmbeddingText.pathWords("Makefile")).isEqualTo("makefile");
        assertThat(EmbeddingText.pathWords(".gitignore")).isEqualTo("gitignore");
    }

    @Test
    void javaChunkGivesPathDocSentencesSignatureAndIdentifierWords() {
        String text = EmbeddingText.forChunk("java.base/java/util/HashMap.java", JAVA_CHUNK);
        assertThat(text).startsWith("java base util hash map. Initializes or doubles table size. If null, allocates in "
                + "accord with initial capacity target held in field threshold. final Node<K,V>[] resize()");
        assertThat(text).doesNotContain("Copyright", "@return", "/**");
        assertThat(text.substring(text.lastIndexOf(". ") + 2).split(" ")).contains("old", "tab", "cap", "node");
    }

    @Test
    void pythonDocstringAndDefinitionAreUsed() {
        String chunk = """
                def copytree(src, dst, symlinks=False):
                    \"\"\"Recursively copy a directory tree and return the destination directory.

                    If exception(s) occur, an Error is raised.
                    \"\"\"
                    names = os.listdir(src)
                """;
        String text = EmbeddingText.forChunk("shutil.py", chunk);
        assertThat(text).startsWith("shutil. Recursively copy a directory tree and return the destination directory. "
                + "If exception(s) occur, an Error is raised. def copytree(src, dst, symlinks=False). src copytree dst");
    }

    @Test
    void lineCommentsCountAsDocumentation() {
        String chunk = """
                // Resolve a host name to its addresses.
                // Uses the system resolver.
                func LookupHost(host string) (addrs []string, err error) {
                """;
        assertThat(EmbeddingText.forChunk("net/lookup.go", chunk)).contains("Resolve a host name to its addresses. "
                + "Uses the system resolver. func LookupHost(host string) (addrs []string, err error)");
    }

    @Test
    void aChunkWithoutDeclarationsContributesItsFirstCodeLines() {
        List<String> lines = List.of("        count += 1;", "        total = count * 2;", "        log(total);");
        assertThat(Declarations.leading(lines, 3)).containsExactly("count += 1;", "total = count * 2;");
    }

    @Test
    void declarationsAreToldApartFromStatements() {
        assertThat(Declarations.isDeclaration("public static int hash(Object key) {")).isTrue();
        assertThat(Declarations.isDeclaration("public final class HashMap<K,V> extends AbstractMap<K,V>")).isTrue();
        assertThat(Declarations.isDeclaration("boolean tryLock(long time, TimeUnit unit) throws InterruptedException;")).isTrue();
        assertThat(Declarations.isDeclaration("pub fn parse(input: &str) -> Result<Ast> {")).isTrue();
        assertThat(Declarations.isDeclaration("async def gather(*aws, return_exceptions=False):")).isTrue();
        assertThat(Declarations.isDeclaration("return resize(table);")).isFalse();
        assertThat(Declarations.isDeclaration("Node<K,V>[] tab = resize();")).isFalse();
        assertThat(Declarations.isDeclaration("map.put(key, value);")).isFalse();
        assertThat(Declarations.isDeclaration("} else if (x > 0) {")).isFalse();
        assertThat(Declarations.isDeclaration("raise ValueError(\"bad\")")).isFalse();
    }

    @Test
    void theTextIsBoundedAndCutAtAWord() {
        String longChunk = "/** " + "word ".repeat(500) + "*/\nvoid run() {}\n" + "alpha beta gamma ".repeat(200);
        String text = EmbeddingText.forChunk("a/b.java", longChunk, 120);
        assertThat(text.length()).isLessThanOrEqualTo(120);
        assertThat(text).doesNotEndWith(" ").matches(".*\\b(word|a|b|run|alpha|beta|gamma)\\.?$");
        assertThat(EmbeddingText.forChunk("a/b.java", longChunk).length()).isLessThanOrEqualTo(EmbeddingText.DEFAULT_MAX_CHARS);
    }

    @Test
    void keywordsAndNumbersAreNotIdentifierWords() {
        String text = EmbeddingText.forChunk("x.java", "return new int[] {1, 2, 3}; return null; public static final");
        assertThat(text).isEqualTo("x. return new int[] {1, 2, 3}; return null; public static final");
    }

    @Test
    void aPartCutAfterACommaEndsWithAFullStop() {
        String chunk = "/** Opens a file, " + "then reads it again and again, ".repeat(10) + "*/\nvoid open() {}";
        String text = EmbeddingText.forChunk("f.java", chunk);
        assertThat(text).contains("again. void open()").doesNotContain(",.");
    }

    @Test
    void tooSmallABoundIsRejected() {
        assertThatThrownBy(() -> EmbeddingText.forChunk("a", "b", 39)).hasMessageContaining("at least 40, was 39");
    }
}
