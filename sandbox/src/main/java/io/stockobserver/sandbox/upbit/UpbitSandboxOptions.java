package io.stockobserver.sandbox.upbit;

import io.stockobserver.sandbox.SandboxSurge;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of an {@link UpbitSandbox}, immutable, built with {@link #builder()}. Defaults follow Upbit where it
 * publishes a number (PROVIDERS_FACTS §1.2, §1.3) and are marked sandbox choices in docs/sandbox.md elsewhere;
 * {@link Builder#build()} checks the ranges.
 */
public final class UpbitSandboxOptions {

    private final int restPort;
    private final int wsPort;
    private final String bindAddress;
    private final long seed;
    private final int krwMarkets;
    private final int btcMarkets;
    private final int usdtMarkets;
    private final double tradeIntensity;
    private final Clock clock;
    private final int requestsPerSecond;
    private final int maxMarketsPerCall;
    private final int refusalsBeforeBlock;
    private final Duration refusalWindow;
    private final Duration blockDuration;
    private final Duration maxBlockDuration;
    private final int wsConnectsPerSecond;
    private final int wsMessagesPerSecond;
    private final int wsMessagesPerMinute;
    private final Duration idleTimeout;
    private final Duration statusInterval;
    private final Duration errorCloseDelay;
    private final Duration emissionInterval;
    private final int outboundQueueCapacity;
    private final List<SandboxSurge> surges;

    private UpbitSandboxOptions(Builder b) {
        this.restPort = b.restPort;
        this.wsPort = b.wsPort;
        this.bindAddress = b.bindAddress;
        this.seed = b.seed;
        this.krwMarkets = b.krwMarkets;
        this.btcMarkets = b.btcMarkets;
        this.usdtMarkets = b.usdtMarkets;
        this.tradeIntensity = b.tradeIntensity;
        this.clock = b.clock;
        this.requestsPerSecond = b.requestsPerSecond;
        this.maxMarketsPerCall = b.maxMarketsPerCall;
        this.refusalsBeforeBlock = b.refusalsBeforeBlock;
        this.refusalWindow = b.refusalWindow;
        this.blockDuration = b.blockDuration;
        this.maxBlockDuration = b.maxBlockDuration;
        this.wsConnectsPerSecond = b.wsConnectsPerSecond;
        this.wsMessagesPerSecond = b.wsMessagesPerSecond;
        this.wsMessagesPerMinute = b.wsMessagesPerMinute;
        this.idleTimeout = b.idleTimeout;
        this.statusInterval = b.statusInterval;
        this.errorCloseDelay = b.errorCloseDelay;
        this.emissionInterval = b.emissionInterval;
        this.outboundQueueCapacity = b.outboundQueueCapacity;
        this.surges = List.copyOf(b.surges);
    }

    /** Returns a builder holding every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the defaults. */
    public static UpbitSandboxOptions defaults() {
        return builder().build();
    }

    /** Returns a builder initialised with these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** REST port; 0 (default) picks a free port. */
    public int restPort() {
        return restPort;
    }

    /** WebSocket port; 0 (default) picks a free port. */
    public int wsPort() {
        return wsPort;
    }

    /** Address both servers bind to; default 127.0.0.1 (loopback only: the admin endpoints have no authentication). */
    public String bindAddress() {
        return bindAddress;
    }

    /** Seed of the market model; default 42. */
    public long seed() {
        return seed;
    }

    /** Number of KRW markets, the well-known coins first; default 180. */
    public int krwMarkets() {
        return krwMarkets;
    }

    /** Number of BTC-quoted markets, of the busiest KRW assets; default 12. */
    public int btcMarkets() {
        return btcMarkets;
    }

    /** Number of USDT-quoted markets, of the busiest KRW assets; default 8. */
    public int usdtMarkets() {
        return usdtMarkets;
    }

    /** Multiplier of every market's trade and book-change rate; 0 freezes the market; default 1.0. */
    public double tradeIntensity() {
        return tradeIntensity;
    }

    /** Wall clock of the market and its timestamps; default the system clock. Limits run on a monotonic clock. */
    public Clock clock() {
        return clock;
    }

    /** Quotation calls admitted per IP and rate-limit group in any one-second window; default 10 (Upbit). */
    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    /** Markets one {@code /v1/ticker} or {@code /v1/orderbook} call may name, more is a 400; default 100. */
    public int maxMarketsPerCall() {
        return maxMarketsPerCall;
    }

    /** 429 answers to one IP within {@link #refusalWindow()} that get it blocked with 418; default 10. */
    public int refusalsBeforeBlock() {
        return refusalsBeforeBlock;
    }

    /** The span {@link #refusalsBeforeBlock()} refusals must fall in; default 10 s. */
    public Duration refusalWindow() {
        return refusalWindow;
    }

    /** The first 418 block of an IP; each later one doubles; default 30 s. */
    public Duration blockDuration() {
        return blockDuration;
    }

    /** The longest 418 block, also how long past blocks are remembered; default 10 min. */
    public Duration maxBlockDuration() {
        return maxBlockDuration;
    }

    /** WebSocket upgrades admitted per IP in any one-second window, more get 429; default 5 (Upbit). */
    public int wsConnectsPerSecond() {
        return wsConnectsPerSecond;
    }

    /** Requests admitted per connection in any one-second window; default 5 (Upbit). */
    public int wsMessagesPerSecond() {
        return wsMessagesPerSecond;
    }

    /** Requests admitted per connection in any one-minute window; default 100 (Upbit). */
    public int wsMessagesPerMinute() {
        return wsMessagesPerMinute;
    }

    /** A connection with no data either way for this long is dropped without a close frame; default 120 s. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Time between {@code {"status":"UP"}} frames once a client sent a text PING; default 10 s (Upbit). */
    public Duration statusInterval() {
        return statusInterval;
    }

    /** Time between an error frame and the close 1000; default 150 ms (as observed on Upbit). */
    public Duration errorCloseDelay() {
        return errorCloseDelay;
    }

    /** Time between feed ticks; default 50 ms. */
    public Duration emissionInterval() {
        return emissionInterval;
    }

    /** Messages a connection may have queued before its oldest data frames are dropped; default 4,096. */
    public int outboundQueueCapacity() {
        return outboundQueueCapacity;
    }

    /**
     * Surges scheduled when the sandbox starts (the symbol is a market, e.g. KRW-BTC), delays counted from the start;
     * default none. Unknown markets make {@link UpbitSandbox#start(UpbitSandboxOptions)} fail.
     */
    public List<SandboxSurge> surges() {
        return surges;
    }

    @Override
    public String toString() {
        return "UpbitSandboxOptions[rest=" + bindAddress + ":" + restPort + ", ws=" + bindAddress + ":" + wsPort
                + ", seed=" + seed + ", markets=" + krwMarkets + " KRW/" + btcMarkets + " BTC/" + usdtMarkets
                + " USDT, intensity=" + tradeIntensity + ", idleTimeout=" + idleTimeout + ", surges=" + surges.size()
                + "]";
    }

    /** Builds {@link UpbitSandboxOptions}; every setter returns the builder. */
    public static final class Builder {

        private int restPort;
        private int wsPort;
        private String bindAddress = "127.0.0.1";
        private long seed = 42;
        private int krwMarkets = 180;
        private int btcMarkets = 12;
        private int usdtMarkets = 8;
        private double tradeIntensity = 1.0;
        private Clock clock = Clock.systemUTC();
        private int requestsPerSecond = 10;
        private int maxMarketsPerCall = 100;
        private int refusalsBeforeBlock = 10;
        private Duration refusalWindow = Duration.ofSeconds(10);
        private Duration blockDuration = Duration.ofSeconds(30);
        private Duration maxBlockDuration = Duration.ofMinutes(10);
        private int wsConnectsPerSecond = 5;
        private int wsMessagesPerSecond = 5;
        private int wsMessagesPerMinute = 100;
        private Duration idleTimeout = Duration.ofSeconds(120);
        private Duration statusInterval = Duration.ofSeconds(10);
        private Duration errorCloseDelay = Duration.ofMillis(150);
        private Duration emissionInterval = Duration.ofMillis(50);
        private int outboundQueueCapacity = 4_096;
        private List<SandboxSurge> surges = List.of();

        private Builder() {}

        private Builder(UpbitSandboxOptions o) {
            restPort = o.restPort;
            wsPort = o.wsPort;
            bindAddress = o.bindAddress;
            seed = o.seed;
            krwMarkets = o.krwMarkets;
            btcMarkets = o.btcMarkets;
            usdtMarkets = o.usdtMarkets;
            tradeIntensity = o.tradeIntensity;
            clock = o.clock;
            requestsPerSecond = o.requestsPerSecond;
            maxMarketsPerCall = o.maxMarketsPerCall;
            refusalsBeforeBlock = o.refusalsBeforeBlock;
            refusalWindow = o.refusalWindow;
            blockDuration = o.blockDuration;
            maxBlockDuration = o.maxBlockDuration;
            wsConnectsPerSecond = o.wsConnectsPerSecond;
            wsMessagesPerSecond = o.wsMessagesPerSecond;
            wsMessagesPerMinute = o.wsMessagesPerMinute;
            idleTimeout = o.idleTimeout;
            statusInterval = o.statusInterval;
            errorCloseDelay = o.errorCloseDelay;
            emissionInterval = o.emissionInterval;
            outboundQueueCapacity = o.outboundQueueCapacity;
            surges = o.surges;
        }

        /** See {@link UpbitSandboxOptions#restPort()}. */
        public Builder restPort(int value) {
            restPort = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#wsPort()}. */
        public Builder wsPort(int value) {
            wsPort = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#bindAddress()}. */
        public Builder bindAddress(String value) {
            bindAddress = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#seed()}. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#krwMarkets()}. */
        public Builder krwMarkets(int value) {
            krwMarkets = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#btcMarkets()}. */
        public Builder btcMarkets(int value) {
            btcMarkets = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#usdtMarkets()}. */
        public Builder usdtMarkets(int value) {
            usdtMarkets = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#tradeIntensity()}. */
        public Builder tradeIntensity(double value) {
            tradeIntensity = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#clock()}. */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#requestsPerSecond()}. */
        public Builder requestsPerSecond(int value) {
            requestsPerSecond = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#maxMarketsPerCall()}. */
        public Builder maxMarketsPerCall(int value) {
            maxMarketsPerCall = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#refusalsBeforeBlock()}. */
        public Builder refusalsBeforeBlock(int value) {
            refusalsBeforeBlock = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#refusalWindow()}. */
        public Builder refusalWindow(Duration value) {
            refusalWindow = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#blockDuration()}. */
        public Builder blockDuration(Duration value) {
            blockDuration = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#maxBlockDuration()}. */
        public Builder maxBlockDuration(Duration value) {
            maxBlockDuration = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#wsConnectsPerSecond()}. */
        public Builder wsConnectsPerSecond(int value) {
            wsConnectsPerSecond = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#wsMessagesPerSecond()}. */
        public Builder wsMessagesPerSecond(int value) {
            wsMessagesPerSecond = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#wsMessagesPerMinute()}. */
        public Builder wsMessagesPerMinute(int value) {
            wsMessagesPerMinute = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#idleTimeout()}. */
        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#statusInterval()}. */
        public Builder statusInterval(Duration value) {
            statusInterval = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#errorCloseDelay()}. */
        public Builder errorCloseDelay(Duration value) {
            errorCloseDelay = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#emissionInterval()}. */
        public Builder emissionInterval(Duration value) {
            emissionInterval = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#outboundQueueCapacity()}. */
        public Builder outboundQueueCapacity(int value) {
            outboundQueueCapacity = value;
            return this;
        }

        /** See {@link UpbitSandboxOptions#surges()}. */
        public Builder surges(List<SandboxSurge> value) {
            surges = value;
            return this;
        }

        /**
         * Checks every setting and builds the options.
         *
         * @throws IllegalArgumentException naming the first setting out of range
         */
        public UpbitSandboxOptions build() {
            requireRange("restPort", restPort, 0, 65_535);
            requireRange("wsPort", wsPort, 0, 65_535);
            if (bindAddress == null || bindAddress.isBlank()) {
                throw new IllegalArgumentException("bindAddress must not be blank");
            }
            requireRange("krwMarkets", krwMarkets, 1, 1_000);
            requireRange("btcMarkets", btcMarkets, 0, krwMarkets - 1L);
            requireRange("usdtMarkets", usdtMarkets, 0, krwMarkets - 1L);
            if (!(tradeIntensity >= 0) || Double.isInfinite(tradeIntensity)) {
                throw new IllegalArgumentException("tradeIntensity must be a finite number >= 0: " + tradeIntensity);
            }
            Objects.requireNonNull(clock, "clock");
            requireRange("requestsPerSecond", requestsPerSecond, 1, 1_000_000);
            requireRange("maxMarketsPerCall", maxMarketsPerCall, 1, 10_000);
            requireRange("refusalsBeforeBlock", refusalsBeforeBlock, 1, 1_000_000);
            requirePositive("refusalWindow", refusalWindow);
            requirePositive("blockDuration", blockDuration);
            requirePositive("maxBlockDuration", maxBlockDuration);
            if (maxBlockDuration.compareTo(blockDuration) < 0) {
                throw new IllegalArgumentException("maxBlockDuration must be >= blockDuration: " + maxBlockDuration);
            }
            requireRange("wsConnectsPerSecond", wsConnectsPerSecond, 1, 1_000_000);
            requireRange("wsMessagesPerSecond", wsMessagesPerSecond, 1, 1_000_000);
            requireRange("wsMessagesPerMinute", wsMessagesPerMinute, 1, 1_000_000);
            requirePositive("idleTimeout", idleTimeout);
            requirePositive("statusInterval", statusInterval);
            if (errorCloseDelay == null || errorCloseDelay.isNegative()) {
                throw new IllegalArgumentException("errorCloseDelay must be zero or positive: " + errorCloseDelay);
            }
            requirePositive("emissionInterval", emissionInterval);
            requireRange("outboundQueueCapacity", outboundQueueCapacity, 1, 10_000_000);
            if (surges == null || surges.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("surges must be a list of surges (empty for none)");
            }
            return new UpbitSandboxOptions(this);
        }

        private static void requireRange(String name, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be " + min + ".." + max + ": " + value);
            }
        }

        private static void requirePositive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
        }
    }
}
