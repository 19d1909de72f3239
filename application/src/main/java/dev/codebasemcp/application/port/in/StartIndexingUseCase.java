package dev.codebasemcp.application.port.in;

/** Queues a repository for indexing and returns at once. */
public interface StartIndexingUseCase {

    /**
     * @throws dev.codebasemcp.domain.InvalidInputException for a bad path or project id
     */
    StartIndexingResult start(StartIndexingCommand command);
}
