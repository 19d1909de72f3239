package dev.codebasemcp.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link JobQueueSignal} must show. A subclass supplies a signal to subscribe to
 * and one to send from, which may be the same object or stand for another process.
 */
public abstract class JobQueueSignalContractTest {

    private static final long TIMEOUT_SECONDS = 20;

    /** The signal the tests subscribe to. */
    protected abstract JobQueueSignal receiver();

    /** The signal the tests send with. */
    protected abstract JobQueueSignal sender();

    /** Returns once subscriptions made so far receive signals; a store that delivers asynchronously waits here. */
    protected void awaitSubscriptionsActive() throws Exception {
    }

    @Test
    void everySubscriberIsWokenByASignal() throws Exception {
        CountDownLatch woken = new CountDownLatch(2);
        receiver().subscribe(woken::countDown);
        receiver().subscribe(woken::countDown);
        awaitSubscriptionsActive();

        sender().jobQueued();

        assertThat(woken.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aClosedSubscriptionIsNoLongerCalled() throws Exception {
        AtomicInteger closedCalls = new AtomicInteger();
        CountDownLatch stillSubscribed = new CountDownLatch(1);
        AutoCloseable closed = receiver().subscribe(closedCalls::incrementAndGet);
        receiver().subscribe(stillSubscribed::countDown);
        awaitSubscriptionsActive();

        closed.close();
        sender().jobQueued();

        assertThat(stillSubscribed.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(closedCalls).hasValue(0);
    }

    @Test
    void aSignalWithoutSubscribersIsHarmless() throws Exception {
        sender().jobQueued();

        CountDownLatch woken = new CountDownLatch(1);
        receiver().subscribe(woken::countDown);
        awaitSubscriptionsActive();
        sender().jobQueued();

        assertThat(woken.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
}
