package dev.codebasemcp.bootstrap.syntax;

/**
 * What one query match found, in bytes of the UTF-8 text and 0-based rows.
 *
 * @param kind     the wire name of the kind from the {@code @def.<kind>} capture; null for a scope
 *                 ({@code @scope}: names the container of what it encloses, defines nothing itself)
 * @param name     the defined name
 * @param receiver the explicit container ({@code @receiver}: a Go receiver, a C++ {@code Type::}); may be null
 * @param pattern  index of the query pattern; on the same node the lower one wins
 */
record Capture(String kind, String name, String receiver, int startByte, int endByte, int nameStartByte,
               int startRow, int endRow, int nameRow, int pattern) {

    boolean isScope() {
        return kind == null;
    }
}
