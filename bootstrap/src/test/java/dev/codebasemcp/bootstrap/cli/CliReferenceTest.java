package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.DocumentedSection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI reference in the documentation is the help the commands print, so it cannot rot.
 * Regenerate it with {@code -Ddocs.update=true}.
 */
class CliReferenceTest {

    private static final DocumentedSection SECTION = new DocumentedSection("cli-reference");

    @TempDir
    Path home;

    @Test
    void documentedReferenceIsTheHelpOfEveryCommand() {
        String generated = reference();
        List<Path> files = SECTION.filesHoldingIt("README.md", "docs/cli.md");

        assertThat(files).as("a file holding " + SECTION.startMarker()).isNotEmpty();
        for (Path file : files) {
            if (DocumentedSection.updateRequested()) {
                SECTION.rewrite(file, generated);
            }
            assertThat(SECTION.current(file)).as(file + " (regenerate with -Ddocs.update=true)").contains(generated);
        }
    }

    @Test
    void everyCommandHasADescription() {
        commands(rootCommandLine()).forEach(command ->
                assertThat(command.getCommandSpec().usageMessage().description())
                        .as(command.getCommandSpec().qualifiedName()).isNotEmpty());
    }

    private String reference() {
        StringBuilder text = new StringBuilder("\n");
        for (CommandLine command : commands(rootCommandLine())) {
            text.append("\n### `").append(command.getCommandSpec().qualifiedName()).append("`\n\n```\n")
                    .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing())
                    .append("\n```\n");
        }
        return text.append('\n').toString();
    }

    private CommandLine rootCommandLine() {
        InMemoryStack stack = new InMemoryStack(home, home);
        CommandLine commandLine = CodebaseMcpCommand.commandLine(() -> stack.settings, stack.factory(), Terminals.NONE);
        commandLine.setUsageHelpWidth(100);
        return commandLine;
    }

    /** The root and every subcommand below it, depth first, without the built-in help command. */
    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new java.util.ArrayList<>();
        all.add(root);
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            if (!sub.getKey().equals("help") && sub.getValue().getCommandSpec().name().equals(sub.getKey())) {
                all.addAll(commands(sub.getValue()));
            }
        }
        return all;
    }
}
