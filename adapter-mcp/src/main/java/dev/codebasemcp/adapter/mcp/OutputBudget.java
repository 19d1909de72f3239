package dev.codebasemcp.adapter.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps a tool's text within what a model can afford: whole items, in order, while their rendered
 * text fits in {@code max_chars}; what is left out is counted so the result can say how to get it.
 * The structured content carries the same items as the text.
 */
final class OutputBudget {

    static final String PARAMETER = "max_chars";
    static final int DEFAULT_MAX_CHARS = 12_000;
    static final int MIN_MAX_CHARS = 1_000;
    static final int MAX_MAX_CHARS = 200_000;

    private OutputBudget() {
    }

    static Map<String, Object> schema(String what) {
        return JsonSchemas.integer("Most characters of " + what + " to return (default " + DEFAULT_MAX_CHARS
                + "); items beyond it are left out and counted", MIN_MAX_CHARS, MAX_MAX_CHARS);
    }

    static int maxChars(ToolArguments arguments) {
        Integer given = arguments.optionalInteger(PARAMETER, MIN_MAX_CHARS, MAX_MAX_CHARS);
        return given == null ? DEFAULT_MAX_CHARS : given;
    }

    /**
     * The longest prefix of {@code items} whose rendered blocks fit in {@code maxChars}. The first
     * item is always kept; if it alone is too long its text is cut at the budget.
     */
    static <T> Fitted<T> fit(List<T> items, Function<T, String> render, int maxChars) {
        List<T> kept = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (T item : items) {
            String block = render.apply(item);
            if (!kept.isEmpty() && text.length() + block.length() > maxChars) {
                break;
            }
            kept.add(item);
            text.append(block.length() > maxChars ? block.substring(0, maxChars) + "…\n" : block);
        }
        return new Fitted<>(List.copyOf(kept), text.toString().stripTrailing(), items.size() - kept.size());
    }

    /**
     * @param kept    the items that fit, in their original order
     * @param text    their rendered text
     * @param omitted how many items were left out
     */
    record Fitted<T>(List<T> kept, String text, int omitted) {

        boolean truncated() {
            return omitted > 0;
        }
    }
}
