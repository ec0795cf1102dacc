package io.stockobserver.sandbox.ws;

import java.util.concurrent.ConcurrentHashMap;

/** The one open session each appkey may have (KIS facts §7: "1개의 계좌(앱키)당 1세션"). */
final class AppkeySessions {

    private final ConcurrentHashMap<String, WsSession> owners = new ConcurrentHashMap<>();

    /** Makes a session the appkey's; false if another open session already has it. */
    boolean claim(String appkey, WsSession session) {
        return owners.computeIfAbsent(appkey, key -> session) == session;
    }

    /** Frees the appkey if this session holds it. */
    void release(String appkey, WsSession session) {
        owners.remove(appkey, session);
    }
}
