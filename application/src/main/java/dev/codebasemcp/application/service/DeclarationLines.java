package dev.codebasemcp.application.service;

import dev.codebasemcp.application.port.in.Definition;
import dev.codebasemcp.domain.search.Declarations;
import java.util.List;

/**
 * Finds the enclosing definition of a line by looking upwards for a less indented line that reads like a
 * declaration ({@link Declarations}). A heuristic over the lines at hand; it does not parse.
 */
final class DeclarationLines {

    private DeclarationLines() {
    }

    /**
     * @param lines     the lines at hand
     * @param firstLine the line number of {@code lines.get(0)}
     * @param target    the line number to find the definition of
     * @return the definition, or null when none is in sight
     */
    static Definition enclosing(List<String> lines, int firstLine, int target) {
        int index = target - firstLine;
        if (index < 0 || index >= lines.size()) {
            return null;
        }
        int indent = indent(lines.get(index));
        if (isDeclaration(lines.get(index).strip())) {
            return definition(lines.get(index), target);
        }
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineIndent = indent(line);
            if (lineIndent < indent || (lineIndent == 0 && indent == 0)) {
                if (isDeclaration(line.strip())) {
                    return definition(line, firstLine + i);
                }
                indent = Math.min(indent, lineIndent);
            }
        }
        return null;
    }

    private static boolean isDeclaration(String stripped) {
        return Declarations.isDeclaration(stripped);
    }

    private static Definition definition(String line, int number) {
        return new Definition(number, HitAssembler.cut(line.strip(), 0));
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        return indent;
    }
}
