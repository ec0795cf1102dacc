package io.stockobserver.sandbox;

/** Which venue {@link SandboxMain} simulates ({@code --venue}). */
public enum SandboxVenue {
    /** The KIS Open API ({@link KisSandbox}); the default. */
    KIS,
    /** Upbit's Quotation REST API and public WebSocket ({@code io.stockobserver.sandbox.upbit.UpbitSandbox}). */
    UPBIT
}
