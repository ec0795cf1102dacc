package io.stockobserver.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the writer thread inside its first {@code onDurable} call until released, so a test fills the writer's queue
 * deterministically. Public for the tests of the sinks built on the writer.
 */
public final class BlockingListener implements ArchiveListener {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void onDurable(Path file, int records, long bytes) {
        entered.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the writer thread is held. */
    public void awaitWriterBlocked() throws InterruptedException {
        assertThat(entered.await(10, TimeUnit.SECONDS))
                .as("writer reached the listener")
                .isTrue();
    }

    /** Lets the writer thread go on. */
    public void release() {
        release.countDown();
    }
}
