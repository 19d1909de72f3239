package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.Map;

/**
 * Typed access to the arguments of a tool call. The SDK checks them against the input schema
 * first; these checks repeat the essentials so a handler never works on a wrongly typed value.
 */
final class ToolArguments {

    private final Map<String, Object> values;

    ToolArguments(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    static ToolArguments of(Map<String, Object> values) {
        return new ToolArguments(values);
    }

    String requiredString(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw new InvalidInputException(name, name + " is required");
        }
        return value;
    }

    String optionalString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidInputException(name, name + " must be a string, got: " + value);
        }
        return text;
    }

    boolean optionalBoolean(String name, boolean fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            throw new InvalidInputException(name, name + " must be true or false, got: " + value);
        }
        return flag;
    }

    /** An integer within [min, max], or null when absent. */
    Integer optionalInteger(String name, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new InvalidInputException(name, name + " must be a whole number, got: " + value);
        }
        double whole = number.doubleValue();
        if (whole < min || whole > max) {
            throw new InvalidInputException(name, name + " must be between " + min + " and " + max + ", got: "
                    + number.longValue());
        }
        return (int) whole;
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    /** The raw value, for logging only. */
    Object raw(String name) {
        return values.get(name);
    }
}
