package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InterruptPromptTest {

    private final StringWriter err = new StringWriter();
    private final AtomicInteger suspended = new AtomicInteger();

    /** Reads the answer at once, on the calling thread. */
    private InterruptPrompt prompt(boolean interactive, String answers) {
        return prompt(interactive, answers, Runnable::run);
    }

    private InterruptPrompt prompt(boolean interactive, String answers, Executor answerReader) {
        return new InterruptPrompt(interactive, new PrintWriter(err, true), new BufferedReader(new StringReader(answers)),
                suspended::incrementAndGet, answerReader);
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

        assertThat(err.toString()).contains(InterruptPrompt.QUESTION);
        assertThat(suspended).hasValue(1);
        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.DETACH);
        assertThat(prompt.asking()).isFalse();
    }

    @Test
    void cAnswersCancel() {
        InterruptPrompt prompt = prompt(true, "c\n");

        prompt.interrupted();

        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.CANCEL);
    }

    @Test
    void enterKeepsWaiting() {
        InterruptPrompt prompt = prompt(true, "\n");

        prompt.interrupted();

        assertThat(prompt.choice()).isEmpty();
        assertThat(prompt.asking()).isFalse();
        assertThat(err.toString()).endsWith("Still waiting." + System.lineSeparator());
    }

    @Test
    void secondCtrlCWhileAskingCancels() {
        InterruptPrompt prompt = prompt(true, "", unanswered -> { });

        prompt.interrupted();
        assertThat(prompt.asking()).isTrue();
        assertThat(prompt.choice()).isEmpty();
        prompt.interrupted();

        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.CANCEL);
    }

    @Test
    void endOfInputWhileAskingCancels() {
        InterruptPrompt prompt = prompt(true, "");

        prompt.interrupted();

        assertThat(prompt.choice()).contains(InterruptPrompt.Choice.CANCEL);
    }
}
