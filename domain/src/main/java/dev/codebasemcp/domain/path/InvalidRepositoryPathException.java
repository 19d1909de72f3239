package dev.codebasemcp.domain.path;

import dev.codebasemcp.domain.InvalidInputException;

/** A repository path that breaks one {@link PathRule}; the message names the path and the rule. */
public final class InvalidRepositoryPathException extends InvalidInputException {

    private final PathRule rule;

    public InvalidRepositoryPathException(PathRule rule, String message) {
        super("repo_path", message);
        this.rule = rule;
    }

    public PathRule rule() {
        return rule;
    }
}
