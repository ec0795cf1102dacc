package io.stockobserver.console.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body the pulling thread takes chunk by chunk, one chunk requested at a time (so at most one chunk waits
 * in memory), giving up after an idle timeout.
 *
 * <p>Design note: JDK 17's {@code BodyHandlers.ofInputStream()} ignores interrupts while it waits for data, so a pull
 * on a stalled connection could never be cancelled; and nothing there bounds how long it waits. Here both the
 * interrupt and a silent connection end the wait, and the subscription is cancelled so the connection is released.
 */
final class ResponseBody implements HttpResponse.BodySubscriber<ResponseBody>, AutoCloseable {
    private static final List<ByteBuffer> END = List.of();

    private final BlockingQueue<List<ByteBuffer>> chunks = new LinkedBlockingQueue<>();
    private final long idleNanos;
    private volatile Flow.Subscription subscription;
    private volatile Throwable failure;
    private boolean ended;

    /** @param idle how long to wait for the next bytes before the body counts as lost */
    ResponseBody(Duration idle) {
        this.idleNanos = idle.toNanos();
    }

    /** The handler that gives every response a body of this kind. */
    static HttpResponse.BodyHandler<ResponseBody> handler(Duration idle) {
        return info -> new ResponseBody(idle);
    }

    @Override
    public CompletionStage<ResponseBody> getBody() {
        return CompletableFuture.completedFuture(this); // handed over at the headers; read as it arrives
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        chunks.add(item);
    }

    @Override
    public void onError(Throwable t) {
        failure = t;
        chunks.add(END);
    }

    @Override
    public void onComplete() {
        chunks.add(END);
    }

    /**
     * The next buffers of the body, or null at its end.
     *
     * @throws IOException if the connection failed or stayed silent for the idle timeout
     * @throws InterruptedException if the thread was interrupted while waiting (the body is then cancelled)
     */
    List<ByteBuffer> next() throws IOException, InterruptedException {
        if (ended) {
            return null;
        }
        List<ByteBuffer> item;
        try {
            item = chunks.poll(idleNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            close();
            throw e;
        }
        if (item == null) {
            close();
            throw new IOException("no data for " + Duration.ofNanos(idleNanos).toSeconds() + " s");
        }
        if (item == END) {
            ended = true;
            if (failure != null) {
                throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
            }
            return null;
        }
        subscription.request(1);
        return item;
    }

    /** Up to {@code max} bytes of the body (for JSON and error answers); the rest is discarded. */
    byte[] readAtMost(int max) throws IOException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < max) {
            List<ByteBuffer> item = next();
            if (item == null) {
                break;
            }
            for (ByteBuffer b : item) {
                byte[] bytes = new byte[Math.min(b.remaining(), max - out.size())];
                b.get(bytes);
                out.write(bytes);
            }
        }
        return out.toByteArray();
    }

    /** Cancels what is left of the body, releasing the connection; nothing once the body has ended. */
    @Override
    public void close() {
        Flow.Subscription s = subscription;
        if (!ended && s != null) {
            ended = true;
            s.cancel();
        }
    }
}
