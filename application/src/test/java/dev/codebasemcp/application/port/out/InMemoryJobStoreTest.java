package dev.codebasemcp.application.port.out;

class InMemoryJobStoreTest extends JobStoreContractTest {

    @Override
    protected JobStore emptyStore() {
        return new InMemoryJobStore();
    }
}
