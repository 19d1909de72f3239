package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InterruptPromptTest {

    private final StringWriter err = new StringWriter();
    private final AtomicInteger suspended = new AtomicInteger();

    private InterruptPrompt prompt(boolean interactive, String answers) {
        return new InterruptPrompt(interactive, new PrintWriter(err, true), new BufferedReader(new StringReader(answers)),
                suspended::incrementAndGet);
    }

    @Test
    void withoutATerminalCtrlCCancelsAtOnce() {
        InterruptPrompt prompt = prompt(false, "");

        prompt.interrupted();

        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.CANCEL);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void onATerminalCtrlCAsksAndDAnswersDetach() {
        InterruptPrompt prompt = prompt(true, "d\n");

        prompt.interrupted();
        prompt.readAnswer();

        assertThat(err.toString()).contains(InterruptPrompt.QUESTION);
        assertThat(suspended).hasValue(1);
        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.DETACH);
        assertThat(prompt.asking()).isFalse();
    }

    @Test
    void cAnswersCancel() {
        InterruptPrompt prompt = prompt(true, "c\n");

        prompt.interrupted();
        prompt.readAnswer();

        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.CANCEL);
    }

    @Test
    void enterKeepsWaiting() {
        InterruptPrompt prompt = prompt(true, "\n");

        prompt.interrupted();
        prompt.readAnswer();

        assertThat(prompt.choice()).isEmpty();
        assertThat(prompt.asking()).isFalse();
        assertThat(err.toString()).endsWith("Still waiting." + System.lineSeparator());
    }

    @Test
    void secondCtrlCWhileAskingCancels() {
        InterruptPrompt prompt = prompt(true, "");

        prompt.interrupted();
        prompt.interrupted();

        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.CANCEL);
    }

    @Test
    void endOfInputWhileAskingCancels() {
        InterruptPrompt prompt = prompt(true, "");

        prompt.interrupted();
        prompt.readAnswer();

        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.CANCEL);
    }
}
