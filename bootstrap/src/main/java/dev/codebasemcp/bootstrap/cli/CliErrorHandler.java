package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobAlreadyFinishedException;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.bootstrap.config.ConfigurationException;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.search.SearchTooExpensiveException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an exception thrown by a command into one clear line on stderr and an exit code: bad input
 * (arguments, configuration, unknown or finished job, a search too expensive to run) is {@link ExitCodes#BAD_INPUT}, anything else
 * {@link ExitCodes#FAILED} with the stack trace in the debug log.
 */
final class CliErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandler.class);

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String prefix = commandLine.getCommandSpec().qualifiedName() + ": ";
        List<String> lines = error instanceof ConfigurationException configuration ? configuration.problems()
                : List.of(String.valueOf(error.getMessage()));
        boolean badInput = error instanceof InvalidInputException || error instanceof JobNotFoundException
                || error instanceof JobAlreadyFinishedException || error instanceof SearchTooExpensiveException;
        if (!badInput) {
            LOG.debug("{} failed", commandLine.getCommandName(), error);
            lines = List.of(error.getClass().getSimpleName() + ": " + error.getMessage());
        }
        lines.forEach(line -> err.println(prefix + line));
        err.flush();
        if (commandLine.getCommand() instanceof JsonCommand command && command.jsonOutput()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("error", String.join("\n", lines));
            json.put("field", error instanceof InvalidInputException invalid ? invalid.field() : null);
            new Json(commandLine.getOut()).print(json);
        }
        return badInput ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
    }
}
