package dev.codebasemcp.application.service;

import dev.codebasemcp.application.port.in.Definition;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the enclosing definition of a line by looking upwards for a less indented line that reads like a
 * declaration: a keyword that starts one in common languages ({@code class}, {@code def}, {@code func},
 * {@code fn}, {@code function}, ...), or a signature {@code name(...)} that opens a block and is not a
 * control statement. A heuristic over the lines at hand; it does not parse.
 */
final class DeclarationLines {

    private static final Pattern KEYWORD = Pattern.compile("^(?:(?:public|private|protected|internal|static|final"
            + "|abstract|sealed|non-sealed|open|override|export|default|async|pub(?:\\([a-z]+\\))?|unsafe|extern"
            + "|inline|virtual|const|local)\\s+)*(?:class|interface|enum|record|struct|trait|impl|module|namespace"
            + "|object|def|func|fn|function|sub|proc|macro|type|union|protocol|extension)\\b");
    private static final Pattern SIGNATURE = Pattern.compile("^[\\w$<>\\[\\],.?@ *&:~]*\\b[\\w$~]+\\s*\\([^;]*$");
    private static final Pattern CONTROL = Pattern.compile("^(?:}\\s*)?(?:if|else|for|foreach|while|do|switch|case"
            + "|catch|try|finally|return|throw|synchronized|with|when|match|elif|except|new|assert|yield|await)\\b");

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
        if (stripped.isEmpty() || stripped.startsWith("//") || stripped.startsWith("*") || stripped.startsWith("#")
                && !stripped.startsWith("#define")) {
            return false;
        }
        if (CONTROL.matcher(stripped).find()) {
            return false;
        }
        return KEYWORD.matcher(stripped).find() || stripped.startsWith("#define")
                || (SIGNATURE.matcher(stripped).find() && !stripped.contains("=") && !stripped.startsWith("."));
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
