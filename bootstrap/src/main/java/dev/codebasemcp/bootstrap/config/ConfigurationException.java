package dev.codebasemcp.bootstrap.config;

import dev.codebasemcp.domain.InvalidInputException;
import java.util.List;

/**
 * Settings that cannot be used. Each problem is one line naming the variable, the value and what
 * is allowed; the field is the first offending variable.
 */
public final class ConfigurationException extends InvalidInputException {

    private final List<String> problems;

    public ConfigurationException(String variable, List<String> problems) {
        super(variable, String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
