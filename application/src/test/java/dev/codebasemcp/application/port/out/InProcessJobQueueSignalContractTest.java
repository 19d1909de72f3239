package dev.codebasemcp.application.port.out;

class InProcessJobQueueSignalContractTest extends JobQueueSignalContractTest {

    private final InProcessJobQueueSignal signal = new InProcessJobQueueSignal();

    @Override
    protected JobQueueSignal receiver() {
        return signal;
    }

    @Override
    protected JobQueueSignal sender() {
        return signal;
    }
}
