package dev.codebasemcp.domain.symbol;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a definition defines, in one vocabulary for every language. */
public enum SymbolKind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    STRUCT,
    /** A Rust trait, a PHP trait, a Kotlin/Swift-style protocol without state. */
    TRAIT,
    /** A free function, not a member of a type. */
    FUNCTION,
    METHOD,
    CONSTRUCTOR,
    /** A member variable or property of a type, an enum constant. */
    FIELD,
    /** A named constant outside a type (Go/Rust/PHP/Kotlin top-level constants). */
    CONSTANT,
    TYPE_ALIAS,
    /** A namespace, module or package body that contains definitions. */
    MODULE;

    /** The name the interfaces use: lower-case with underscores, for example {@code type_alias}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name case-insensitively; {@code field} names the offending input field. */
    public static SymbolKind fromWireName(String field, String value) {
        if (value != null) {
            for (SymbolKind kind : values()) {
                if (kind.wireName().equalsIgnoreCase(value.strip())) {
                    return kind;
                }
            }
        }
        throw new InvalidInputException(field, field + " must be one of "
                + Arrays.stream(values()).map(SymbolKind::wireName).collect(Collectors.joining(", "))
                + ", was " + (value == null ? "null" : "'" + value + "'"));
    }
}
