package dev.codebasemcp.adapter.mcp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Passes the client's input through and notes when it ends: end of stream, a read error or close.
 * The stdio transport reads until then; the process shuts down right after.
 */
final class EndOfInputWatcher extends FilterInputStream {

    private final CountDownLatch ended = new CountDownLatch(1);

    EndOfInputWatcher(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        return watch(() -> super.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return watch(() -> super.read(buffer, offset, length));
    }

    @Override
    public void close() throws IOException {
        ended.countDown();
        super.close();
    }

    void await() throws InterruptedException {
        ended.await();
    }

    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    private int watch(Read read) throws IOException {
        try {
            int result = read.read();
            if (result < 0) {
                ended.countDown();
            }
            return result;
        } catch (IOException failure) {
            ended.countDown();
            throw failure;
        }
    }

    @FunctionalInterface
    private interface Read {
        int read() throws IOException;
    }
}
