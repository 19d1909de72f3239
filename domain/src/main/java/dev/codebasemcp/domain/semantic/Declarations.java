package dev.codebasemcp.domain.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises declaration lines (types, methods, functions) across C-like languages, Python, Go, Rust and Ruby. */
final class Declarations {

    private static final Pattern TYPE = Pattern.compile(
            "\\b(class|interface|enum|record|struct|trait|impl|module|object|protocol)\\s+[A-Za-z_$][\\w$]*");
    private static final Pattern FUNCTION_KEYWORD = Pattern.compile(
            "^(?:(?:export|pub(?:\\([a-z]+\\))?|async|static|public|private|default)\\s+)*(?:def|func|fn|function|sub)\\s+[\\w$(]");
    /** Modifiers and a return type, then a name and its parameter list: {@code public static int hash(Object key)}. */
    private static final Pattern METHOD = Pattern.compile("^(?:[\\w$@<>\\[\\],.?]+\\s+)+[A-Za-z_$][\\w$]*\\s*\\(");
    private static final Pattern STATEMENT = Pattern.compile(
            "^(?:return|new|throw|raise|if|else|elif|for|while|switch|case|catch|do|try|yield|await|assert|synchronized|"
                    + "import|package|goto|defer|go|del|print|not|lambda)\\b");
    private static final int FALLBACK_LINES = 2;

    private Declarations() {
    }

    /**
     * Up to {@code max} declaration lines of the chunk, stripped, bodies' opening braces dropped; the first
     * {@value #FALLBACK_LINES} code lines when it declares nothing.
     */
    static List<String> leading(List<String> lines, int max) {
        List<String> found = new ArrayList<>(max);
        List<String> code = new ArrayList<>(FALLBACK_LINES);
        boolean[] comment = DocComments.commentLines(lines);
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.isEmpty() || comment[i] || isComment(stripped)) {
                continue;
            }
            if (code.size() < FALLBACK_LINES) {
                code.add(stripped);
            }
            if (isDeclaration(stripped)) {
                found.add(withoutBody(stripped));
                if (found.size() == max) {
                    break;
                }
            }
        }
        return found.isEmpty() ? code : found;
    }

    static boolean isDeclaration(String stripped) {
        if (STATEMENT.matcher(stripped).find()) {
            return false;
        }
        if (TYPE.matcher(stripped).find() || FUNCTION_KEYWORD.matcher(stripped).find()) {
            return true;
        }
        int paren = stripped.indexOf('(');
        int assignment = stripped.indexOf('=');
        return METHOD.matcher(stripped).find() && (assignment < 0 || assignment > paren);
    }

    private static boolean isComment(String stripped) {
        return stripped.startsWith("//") || stripped.startsWith("/*") || stripped.startsWith("*")
                || stripped.startsWith("#") || stripped.startsWith("@");
    }

    private static String withoutBody(String declaration) {
        String trimmed = declaration;
        if (trimmed.endsWith("{")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
