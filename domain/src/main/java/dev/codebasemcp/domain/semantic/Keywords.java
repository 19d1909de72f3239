package dev.codebasemcp.domain.semantic;

import java.util.Set;

/** Keywords and ubiquitous names of common languages: frequent in every chunk, so they say nothing about one. */
final class Keywords {

    private static final Set<String> WORDS = Set.of(
            "abstract", "and", "as", "assert", "async", "await", "bool", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "def", "default", "del", "do", "double", "elif",
            "else", "enum", "except", "export", "extends", "false", "final", "finally", "float", "fn", "for",
            "from", "func", "function", "get", "if", "impl", "implements", "import", "in", "instanceof", "int",
            "interface", "is", "let", "long", "match", "mut", "new", "nil", "none", "not", "null", "object",
            "or", "override", "package", "pass", "private", "protected", "pub", "public", "raise", "return",
            "self", "short", "static", "string", "struct", "super", "switch", "synchronized", "the", "this",
            "throw", "throws", "true", "try", "type", "var", "void", "volatile", "while", "with", "yield");

    private Keywords() {
    }

    static boolean isKeyword(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
