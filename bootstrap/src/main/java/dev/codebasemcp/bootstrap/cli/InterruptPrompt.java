package dev.codebasemcp.bootstrap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * What Ctrl-C means while {@code index} waits for its job: on a terminal it asks whether to cancel
 * the job or detach from it (the job goes back to the queue for another process); a second Ctrl-C,
 * or Ctrl-C without a terminal to ask on, cancels.
 */
final class InterruptPrompt implements AutoCloseable {

    /** What the user decided. */
    enum Choice { CANCEL, DETACH }

    static final String QUESTION = "Cancel the job [c], detach and leave it queued [d], or keep waiting [Enter]? "
            + "(Ctrl-C again cancels) ";

    private final boolean interactive;
    private final PrintWriter err;
    private final BufferedReader answers;
    private final Runnable beforeQuestion;
    private final Executor answerReader;
    private final AtomicReference<Choice> choice = new AtomicReference<>();
    private final AtomicBoolean asking = new AtomicBoolean();
    private SignalHandler previousHandler;

    /**
     * @param interactive    stdin and stderr are terminals, so a question can be asked and answered
     * @param beforeQuestion clears the screen line (the progress bar) before the question
     * @param answerReader   runs the blocking read of the answer, off the signal handler's thread
     */
    InterruptPrompt(boolean interactive, PrintWriter err, BufferedReader answers, Runnable beforeQuestion,
                    Executor answerReader) {
        this.interactive = interactive;
        this.err = err;
        this.answers = answers;
        this.beforeQuestion = beforeQuestion;
        this.answerReader = answerReader;
    }

    /** Reads answers on a daemon thread of its own, so an unanswered question never keeps the JVM alive. */
    static Executor daemonThread() {
        return task -> Thread.ofPlatform().daemon().name("index-interrupt-question").start(task);
    }

    /** Routes SIGINT (Ctrl-C) here until {@link #close()}. */
    InterruptPrompt install() {
        previousHandler = Signal.handle(new Signal("INT"), signal -> interrupted());
        return this;
    }

    /** The user's decision, once there is one. */
    Optional<Choice> choice() {
        return Optional.ofNullable(choice.get());
    }

    /** Whether a question is open; progress output waits meanwhile. */
    boolean asking() {
        return asking.get();
    }

    void interrupted() {
        if (!interactive || !asking.compareAndSet(false, true)) {
            choice.set(Choice.CANCEL);
            return;
        }
        beforeQuestion.run();
        err.println();
        err.print(QUESTION);
        err.flush();
        answerReader.execute(this::readAnswer);
    }

    private void readAnswer() {
        String answer;
        try {
            answer = answers.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String word = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        if (word.startsWith("c")) {
            choice.compareAndSet(null, Choice.CANCEL);
        } else if (word.startsWith("d")) {
            choice.compareAndSet(null, Choice.DETACH);
        } else if (answer == null) {
            choice.compareAndSet(null, Choice.CANCEL);
        } else {
            err.println("Still waiting.");
            err.flush();
        }
        asking.set(false);
    }

    @Override
    public void close() {
        if (previousHandler != null) {
            Signal.handle(new Signal("INT"), previousHandler);
            previousHandler = null;
        }
    }
}
