package io.stockobserver.provider.upbit;

/** One decoded message of the Upbit socket: market data, a keep-alive status or a venue error. */
public sealed interface UpbitMessage permits UpbitMarketData, UpbitStatus, UpbitError {
    /** The message as received (binary frames decoded as UTF-8). */
    String raw();
}
