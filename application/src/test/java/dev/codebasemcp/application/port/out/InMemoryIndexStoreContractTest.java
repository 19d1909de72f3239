package dev.codebasemcp.application.port.out;

class InMemoryIndexStoreContractTest extends IndexStoreContractTest {

    @Override
    protected IndexStore storeWithoutIndexOf(String repoPath) {
        return new InMemoryIndexStore();
    }
}
