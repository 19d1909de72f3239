package dev.codebasemcp.domain.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.symbol.Definition;
import dev.codebasemcp.domain.symbol.SymbolKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntaxChunkerTest {

    private static Definition definition(String container, String name, SymbolKind kind, int start, int end) {
        return new Definition(name, kind, container, start, end, name);
    }

    private static String numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "line" + i).collect(Collectors.joining("\n"));
    }

    /** "start-end enclosing" per chunk; "-" for the top level. */
    private static List<String> outline(List<SyntaxChunk> chunks) {
        return chunks.stream().map(c -> c.chunk().startLine() + "-" + c.chunk().endLine() + " "
                + c.enclosingDefinition().map(Definition::qualifiedName).orElse("-")).toList();
    }

    private static final String CLASS = """
            import java.util.List;

            class Shape {
                int sides;

                /** The area. */
                double area() {
                    double a = 1;
                    double b = 2;
                    return a * b;
                }

                double perimeter() {
                    double a = 1;

                    double b = 2;
                    return a + b;
                }
            }
            """;
    private static final Definition SHAPE = definition("", "Shape", SymbolKind.CLASS, 3, 19);
    private static final Definition SIDES = definition("Shape", "sides", SymbolKind.FIELD, 4, 4);
    private static final Definition AREA = definition("Shape", "area", SymbolKind.METHOD, 7, 11);
    private static final Definition PERIMETER = definition("Shape", "perimeter", SymbolKind.METHOD, 13, 18);
    private static final List<Definition> SHAPE_DEFINITIONS = List.of(SHAPE, SIDES, AREA, PERIMETER);

    @Test
    void aDefinitionThatFitsIsOneChunk() {
        List<SyntaxChunk> chunks = new SyntaxChunker(new ChunkingOptions(30, 2000, 1)).chunk(CLASS, SHAPE_DEFINITIONS);

        assertThat(outline(chunks)).containsExactly("1-1 -", "3-19 Shape");
    }

    @Test
    void aLargeDefinitionSplitsAtItsMembersAndKeepsTheirDocComments() {
        List<SyntaxChunk> chunks = new SyntaxChunker(new ChunkingOptions(8, 2000, 1)).chunk(CLASS, SHAPE_DEFINITIONS);

        assertThat(outline(chunks)).containsExactly("1-1 -", "3-3 Shape", "4-4 Shape.sides", "6-11 Shape.area",
                "13-18 Shape.perimeter", "19-19 Shape");
        assertThat(chunks.get(3).chunk().content()).startsWith("    /** The area. */\n    double area() {");
    }

    @Test
    void aLargeLeafDefinitionFallsBackToTheLineChunkerWhichPrefersBlankLines() {
        List<SyntaxChunk> chunks = new SyntaxChunker(new ChunkingOptions(4, 2000, 2)).chunk(CLASS, SHAPE_DEFINITIONS);

        assertThat(outline(chunks)).contains("13-15 Shape.perimeter", "16-18 Shape.perimeter");
    }

    @Test
    void smallNeighboursMergeWholeUnderTheirCommonParent() {
        List<SyntaxChunk> chunks = new SyntaxChunker(new ChunkingOptions(10, 2000, 8)).chunk(CLASS, SHAPE_DEFINITIONS);

        assertThat(outline(chunks)).containsExactly("1-1 -", "3-11 Shape", "13-19 Shape");
    }

    @Test
    void aPieceThatReachedMinLinesIsNotMergedFurther() {
        List<SyntaxChunk> chunks = new SyntaxChunker(new ChunkingOptions(10, 2000, 3)).chunk(CLASS, SHAPE_DEFINITIONS);

        assertThat(outline(chunks)).containsExactly("1-1 -", "3-4 Shape", "6-11 Shape.area", "13-18 Shape.perimeter",
                "19-19 Shape");
    }

    @Test
    void withoutDefinitionsItChunksLikeTheLineChunker() {
        ChunkingOptions options = new ChunkingOptions(5, 200, 2);
        String text = numbered(12);

        List<SyntaxChunk> chunks = new SyntaxChunker(options).chunk(text, List.of());

        assertThat(chunks).extracting(SyntaxChunk::chunk).isEqualTo(new Chunker(options).chunk(text));
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.enclosingDefinition()).isEmpty());
    }

    @Test
    void everyNonBlankLineIsInExactlyOneChunkInOrderAndWithinTheLimits() {
        ChunkingOptions options = new ChunkingOptions(6, 120, 3);
        String text = CLASS.repeat(3);
        List<Definition> definitions = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            int offset = copy * 19;
            for (Definition d : SHAPE_DEFINITIONS) {
                definitions.add(definition(d.container(), d.name(), d.kind(), d.startLine() + offset, d.endLine() + offset));
            }
        }

        List<SyntaxChunk> chunks = new SyntaxChunker(options).chunk(text, definitions);

        List<String> lines = List.of(text.split("\n"));
        List<Integer> covered = new ArrayList<>();
        for (SyntaxChunk chunk : chunks) {
            assertThat(chunk.chunk().lineCount()).isLessThanOrEqualTo(options.maxLines());
            assertThat(chunk.chunk().content().length()).isLessThanOrEqualTo(options.maxChars());
            assertThat(chunk.chunk().content())
                    .isEqualTo(String.join("\n", lines.subList(chunk.chunk().startLine() - 1, chunk.chunk().endLine())));
            IntStream.rangeClosed(chunk.chunk().startLine(), chunk.chunk().endLine()).forEach(covered::add);
        }
        List<Integer> nonBlank = IntStream.rangeClosed(1, lines.size()).filter(i -> !lines.get(i - 1).isBlank())
                .boxed().toList();
        assertThat(covered).isSorted().doesNotHaveDuplicates().containsAll(nonBlank);
    }

    @Test
    void overlappingAndOutOfRangeDefinitionsAreIgnored() {
        Definition overlapping = definition("", "broken", SymbolKind.FUNCTION, 10, 25);
        Definition pastTheEnd = definition("", "ghost", SymbolKind.FUNCTION, 30, 40);
        List<Definition> definitions = new ArrayList<>(SHAPE_DEFINITIONS);
        definitions.add(overlapping);
        definitions.add(pastTheEnd);

        List<SyntaxChunk> chunks = new SyntaxChunker(new ChunkingOptions(8, 2000, 1)).chunk(CLASS, definitions);

        assertThat(outline(chunks)).containsExactly("1-1 -", "3-3 Shape", "4-4 Shape.sides", "6-11 Shape.area",
                "13-18 Shape.perimeter", "19-19 Shape");
    }

    @Test
    void emptyTextHasNoChunks() {
        assertThat(new SyntaxChunker(ChunkingOptions.DEFAULT).chunk("", List.of())).isEmpty();
    }
}
