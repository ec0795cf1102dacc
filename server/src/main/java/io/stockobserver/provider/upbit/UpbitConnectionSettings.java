package io.stockobserver.provider.upbit;

import java.util.Optional;

/** How this server reaches Upbit (UPBIT_ENV, UPBIT_REST_URL, UPBIT_WS_URL); read from MicroProfile Config. */
public interface UpbitConnectionSettings {
    /** UPBIT_ENV: {@code sandbox} (the simulator, default) or {@code real} (api.upbit.com). */
    String upbitEnvironment();

    Optional<String> upbitRestUrl();

    Optional<String> upbitWsUrl();

    /** OBSERVER_SLOT_REGISTRATIONS: codes one socket subscribes (Upbit sets no cap; this is the observer's). */
    int slotRegistrations();
}
