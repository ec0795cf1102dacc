package io.stockobserver.provider.upbit;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Records every report of a session, in order, with the raw reference each message got. */
class RecordingStreamListener implements UpbitStreamListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<String> raws = new CopyOnWriteArrayList<>();
    final List<UpbitMarketData> data = new CopyOnWriteArrayList<>();
    final List<UpbitStatus> statuses = new CopyOnWriteArrayList<>();
    final List<UpbitError> errors = new CopyOnWriteArrayList<>();
    final List<UpbitFrameDecodeException> malformed = new CopyOnWriteArrayList<>();
    final List<String> closes = new CopyOnWriteArrayList<>();
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public String onRaw(String message, boolean binary, Instant receiveTime, long receivedAtNanos) {
        String ref = "raw:" + n.incrementAndGet();
        raws.add(message);
        events.add("raw " + (binary ? "binary " : "text ") + ref);
        return ref;
    }

    @Override
    public void onData(UpbitMarketData d, String rawRef, Instant receiveTime, long receivedAtNanos) {
        data.add(d);
        events.add("data " + d.getClass().getSimpleName() + " " + rawRef);
    }

    @Override
    public void onStatus(UpbitStatus status, String rawRef) {
        statuses.add(status);
        events.add("status " + rawRef);
    }

    @Override
    public void onError(UpbitError error, String rawRef) {
        errors.add(error);
        events.add("error " + error.name() + " " + rawRef);
    }

    @Override
    public void onMalformed(UpbitFrameDecodeException error, String rawRef) {
        malformed.add(error);
        events.add("malformed " + rawRef);
    }

    @Override
    public void onOpen() {
        events.add("open");
    }

    @Override
    public void onClosed(String reason) {
        closes.add(reason);
        events.add("closed");
    }
}
