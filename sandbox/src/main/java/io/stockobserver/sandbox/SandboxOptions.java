package io.stockobserver.sandbox;

import io.stockobserver.sandbox.market.HolidayCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every setting of a {@link KisSandbox}, immutable, built with {@link #builder()}. Each setting has a default chosen
 * to match the real venue (KIS facts in docs/sandbox.md); {@link Builder#build()} checks the ranges.
 */
public final class SandboxOptions {

    /** Default {@link #restCallsPerSecond()} of the real venue (KIS facts §3.5). */
    public static final int REAL_REST_CALLS_PER_SECOND = 18;
    /** Default {@link #restCallsPerSecond()} of the paper venue (KIS facts §3.5). */
    public static final int PAPER_REST_CALLS_PER_SECOND = 1;

    private final int restPort;
    private final int wsPort;
    private final String bindAddress;
    private final long seed;
    private final int symbolCount;
    private final int orderbookFieldCount;
    private final Duration tokenReuseWindow;
    private final Duration tokenIssueMinInterval;
    private final Duration tokenLifetime;
    private final Duration approvalMinInterval;
    private final int restCallsPerSecond;
    private final boolean restCallsPerSecondSet;
    private final int rateLimitHttpStatus;
    private final int expiredTokenHttpStatus;
    private final int maxRegistrations;
    private final Duration pingInterval;
    private final SandboxMarketHours marketHours;
    private final double tradeIntensity;
    private final int floodRecordsPerSecond;
    private final int recordsPerFloodFrame;
    private final Duration emissionInterval;
    private final int outboundQueueCapacity;
    private final Clock clock;
    private final SandboxVenueProfile venueProfile;
    private final Set<LocalDate> holidays;
    private final List<SandboxSurge> surges;

    private SandboxOptions(Builder b) {
        this.restPort = b.restPort;
        this.wsPort = b.wsPort;
        this.bindAddress = b.bindAddress;
        this.seed = b.seed;
        this.symbolCount = b.symbolCount;
        this.orderbookFieldCount = b.orderbookFieldCount;
        this.tokenReuseWindow = b.tokenReuseWindow;
        this.tokenIssueMinInterval = b.tokenIssueMinInterval;
        this.tokenLifetime = b.tokenLifetime;
        this.approvalMinInterval = b.approvalMinInterval;
        this.restCallsPerSecondSet = b.restCallsPerSecond != null;
        this.restCallsPerSecond = restCallsPerSecondSet ? b.restCallsPerSecond : defaultRestCalls(b.venueProfile);
        this.rateLimitHttpStatus = b.rateLimitHttpStatus;
        this.expiredTokenHttpStatus = b.expiredTokenHttpStatus;
        this.maxRegistrations = b.maxRegistrations;
        this.pingInterval = b.pingInterval;
        this.marketHours = b.marketHours;
        this.tradeIntensity = b.tradeIntensity;
        this.floodRecordsPerSecond = b.floodRecordsPerSecond;
        this.recordsPerFloodFrame = b.recordsPerFloodFrame;
        this.emissionInterval = b.emissionInterval;
        this.outboundQueueCapacity = b.outboundQueueCapacity;
        this.clock = b.clock;
        this.venueProfile = b.venueProfile;
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(b.holidays));
        this.surges = List.copyOf(b.surges);
    }

    private static int defaultRestCalls(SandboxVenueProfile profile) {
        return profile == SandboxVenueProfile.PAPER ? PAPER_REST_CALLS_PER_SECOND : REAL_REST_CALLS_PER_SECOND;
    }

    /** Returns a builder holding every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the defaults. */
    public static SandboxOptions defaults() {
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

    /** Address both servers bind to; default 127.0.0.1 (loopback only). */
    public String bindAddress() {
        return bindAddress;
    }

    /** Seed of the market model; default 42. */
    public long seed() {
        return seed;
    }

    /** Number of listings; default 2,500. */
    public int symbolCount() {
        return symbolCount;
    }

    /** Fields per H0STASP0 record: 59 (documented) or 62 (observed in 2026, default). */
    public int orderbookFieldCount() {
        return orderbookFieldCount;
    }

    /** tokenP within this time of the current token's issue returns the same token; default 6 h. */
    public Duration tokenReuseWindow() {
        return tokenReuseWindow;
    }

    /** tokenP sooner than this after the previous served call for an appkey gets 403 EGW00133; default 60 s. */
    public Duration tokenIssueMinInterval() {
        return tokenIssueMinInterval;
    }

    /** How long a token is accepted; expired tokens get EGW00123; default 24 h. */
    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** Approval sooner than this after the previous one for an appkey gets 403 SBXA0002; default 1 s. */
    public Duration approvalMinInterval() {
        return approvalMinInterval;
    }

    /**
     * Quotation calls admitted per appkey in any one-second window; more get EGW00201. Default 18 for
     * {@link SandboxVenueProfile#REAL}, 1 for {@link SandboxVenueProfile#PAPER}, unless set explicitly.
     */
    public int restCallsPerSecond() {
        return restCallsPerSecond;
    }

    /** HTTP status of EGW00201 replies; default 500. */
    public int rateLimitHttpStatus() {
        return rateLimitHttpStatus;
    }

    /** HTTP status of EGW00123 replies; default 500. */
    public int expiredTokenHttpStatus() {
        return expiredTokenHttpStatus;
    }

    /** Registrations per WebSocket session across all TRs; the next gets OPSP0008; default 41. */
    public int maxRegistrations() {
        return maxRegistrations;
    }

    /** Time between PINGPONG messages to each session; default 10 s. */
    public Duration pingInterval() {
        return pingInterval;
    }

    /** When the market trades; default {@link SandboxMarketHours#ALWAYS_OPEN}. */
    public SandboxMarketHours marketHours() {
        return marketHours;
    }

    /** Multiplier of every listing's trade and quote rate; 0 freezes the market; default 1.0. */
    public double tradeIntensity() {
        return tradeIntensity;
    }

    /**
     * Benchmark mode: 0 (default) runs the realistic model; N &gt; 0 pushes N H0STCNT0 records per second in total,
     * round-robin over every subscribed symbol, and switches the model's own trading off.
     */
    public int floodRecordsPerSecond() {
        return floodRecordsPerSecond;
    }

    /** Records per H0STCNT0 frame in flood mode, 1..999; default 10. */
    public int recordsPerFloodFrame() {
        return recordsPerFloodFrame;
    }

    /** Time between emission ticks; trades of one tick share a frame; default 50 ms. */
    public Duration emissionInterval() {
        return emissionInterval;
    }

    /** Messages a WebSocket session may have queued before its oldest data frames are dropped; default 4,096. */
    public int outboundQueueCapacity() {
        return outboundQueueCapacity;
    }

    /** Wall clock of tokens, timestamps and the market; default the system clock. */
    public Clock clock() {
        return clock;
    }

    /** Which venue the sandbox plays; default {@link SandboxVenueProfile#REAL}. */
    public SandboxVenueProfile venueProfile() {
        return venueProfile;
    }

    /**
     * Weekdays the market is closed, for chk-holiday and the {@link SandboxMarketHours#EXCHANGE} calendar; weekends
     * are always closed. Default {@link HolidayCalendar#KRX_2026}, the sandbox's approximation of KRX's 2026 list.
     */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Surges scheduled when the sandbox starts, their delays counted from the start; default none. Unknown symbols
     * make {@link KisSandbox#start(SandboxOptions)} fail. More can be scheduled at runtime with
     * {@link KisSandbox#surges()}.
     */
    public List<SandboxSurge> surges() {
        return surges;
    }

    @Override
    public String toString() {
        return "SandboxOptions[venue=" + venueProfile + ", rest=" + bindAddress + ":" + restPort + ", ws="
                + bindAddress + ":" + wsPort
                + ", seed=" + seed + ", symbols=" + symbolCount + ", orderbookFields=" + orderbookFieldCount
                + ", marketHours=" + marketHours + ", intensity=" + tradeIntensity + ", flood="
                + floodRecordsPerSecond + ", surges=" + surges.size() + "]";
    }

    /** Builds {@link SandboxOptions}; every setter returns the builder. */
    public static final class Builder {

        private int restPort;
        private int wsPort;
        private String bindAddress = "127.0.0.1";
        private long seed = 42;
        private int symbolCount = 2_500;
        private int orderbookFieldCount = 62;
        private Duration tokenReuseWindow = Duration.ofHours(6);
        private Duration tokenIssueMinInterval = Duration.ofSeconds(60);
        private Duration tokenLifetime = Duration.ofHours(24);
        private Duration approvalMinInterval = Duration.ofSeconds(1);
        private Integer restCallsPerSecond;
        private int rateLimitHttpStatus = 500;
        private int expiredTokenHttpStatus = 500;
        private int maxRegistrations = 41;
        private Duration pingInterval = Duration.ofSeconds(10);
        private SandboxMarketHours marketHours = SandboxMarketHours.ALWAYS_OPEN;
        private double tradeIntensity = 1.0;
        private int floodRecordsPerSecond;
        private int recordsPerFloodFrame = 10;
        private Duration emissionInterval = Duration.ofMillis(50);
        private int outboundQueueCapacity = 4_096;
        private Clock clock = Clock.systemUTC();
        private SandboxVenueProfile venueProfile = SandboxVenueProfile.REAL;
        private Set<LocalDate> holidays = HolidayCalendar.KRX_2026;
        private List<SandboxSurge> surges = List.of();

        private Builder() {}

        private Builder(SandboxOptions o) {
            restPort = o.restPort;
            wsPort = o.wsPort;
            bindAddress = o.bindAddress;
            seed = o.seed;
            symbolCount = o.symbolCount;
            orderbookFieldCount = o.orderbookFieldCount;
            tokenReuseWindow = o.tokenReuseWindow;
            tokenIssueMinInterval = o.tokenIssueMinInterval;
            tokenLifetime = o.tokenLifetime;
            approvalMinInterval = o.approvalMinInterval;
            restCallsPerSecond = o.restCallsPerSecondSet ? o.restCallsPerSecond : null;
            rateLimitHttpStatus = o.rateLimitHttpStatus;
            expiredTokenHttpStatus = o.expiredTokenHttpStatus;
            maxRegistrations = o.maxRegistrations;
            pingInterval = o.pingInterval;
            marketHours = o.marketHours;
            tradeIntensity = o.tradeIntensity;
            floodRecordsPerSecond = o.floodRecordsPerSecond;
            recordsPerFloodFrame = o.recordsPerFloodFrame;
            emissionInterval = o.emissionInterval;
            outboundQueueCapacity = o.outboundQueueCapacity;
            clock = o.clock;
            venueProfile = o.venueProfile;
            holidays = o.holidays;
            surges = o.surges;
        }

        /** See {@link SandboxOptions#restPort()}. */
        public Builder restPort(int value) {
            restPort = value;
            return this;
        }

        /** See {@link SandboxOptions#wsPort()}. */
        public Builder wsPort(int value) {
            wsPort = value;
            return this;
        }

        /** See {@link SandboxOptions#bindAddress()}. */
        public Builder bindAddress(String value) {
            bindAddress = value;
            return this;
        }

        /** See {@link SandboxOptions#seed()}. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** See {@link SandboxOptions#symbolCount()}. */
        public Builder symbolCount(int value) {
            symbolCount = value;
            return this;
        }

        /** See {@link SandboxOptions#orderbookFieldCount()}. */
        public Builder orderbookFieldCount(int value) {
            orderbookFieldCount = value;
            return this;
        }

        /** See {@link SandboxOptions#tokenReuseWindow()}. */
        public Builder tokenReuseWindow(Duration value) {
            tokenReuseWindow = value;
            return this;
        }

        /** See {@link SandboxOptions#tokenIssueMinInterval()}. */
        public Builder tokenIssueMinInterval(Duration value) {
            tokenIssueMinInterval = value;
            return this;
        }

        /** See {@link SandboxOptions#tokenLifetime()}. */
        public Builder tokenLifetime(Duration value) {
            tokenLifetime = value;
            return this;
        }

        /** See {@link SandboxOptions#approvalMinInterval()}. */
        public Builder approvalMinInterval(Duration value) {
            approvalMinInterval = value;
            return this;
        }

        /** See {@link SandboxOptions#restCallsPerSecond()}; setting it overrides the venue profile's default. */
        public Builder restCallsPerSecond(int value) {
            restCallsPerSecond = value;
            return this;
        }

        /** See {@link SandboxOptions#rateLimitHttpStatus()}. */
        public Builder rateLimitHttpStatus(int value) {
            rateLimitHttpStatus = value;
            return this;
        }

        /** See {@link SandboxOptions#expiredTokenHttpStatus()}. */
        public Builder expiredTokenHttpStatus(int value) {
            expiredTokenHttpStatus = value;
            return this;
        }

        /** See {@link SandboxOptions#maxRegistrations()}. */
        public Builder maxRegistrations(int value) {
            maxRegistrations = value;
            return this;
        }

        /** See {@link SandboxOptions#pingInterval()}. */
        public Builder pingInterval(Duration value) {
            pingInterval = value;
            return this;
        }

        /** See {@link SandboxOptions#marketHours()}. */
        public Builder marketHours(SandboxMarketHours value) {
            marketHours = value;
            return this;
        }

        /** See {@link SandboxOptions#tradeIntensity()}. */
        public Builder tradeIntensity(double value) {
            tradeIntensity = value;
            return this;
        }

        /** See {@link SandboxOptions#floodRecordsPerSecond()}. */
        public Builder floodRecordsPerSecond(int value) {
            floodRecordsPerSecond = value;
            return this;
        }

        /** See {@link SandboxOptions#recordsPerFloodFrame()}. */
        public Builder recordsPerFloodFrame(int value) {
            recordsPerFloodFrame = value;
            return this;
        }

        /** See {@link SandboxOptions#emissionInterval()}. */
        public Builder emissionInterval(Duration value) {
            emissionInterval = value;
            return this;
        }

        /** See {@link SandboxOptions#outboundQueueCapacity()}. */
        public Builder outboundQueueCapacity(int value) {
            outboundQueueCapacity = value;
            return this;
        }

        /** See {@link SandboxOptions#clock()}. */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** See {@link SandboxOptions#venueProfile()}. */
        public Builder venueProfile(SandboxVenueProfile value) {
            venueProfile = value;
            return this;
        }

        /** See {@link SandboxOptions#holidays()}; an empty set leaves only weekends closed. */
        public Builder holidays(Set<LocalDate> value) {
            holidays = value;
            return this;
        }

        /** See {@link SandboxOptions#surges()}; replaces the surges set before. */
        public Builder surges(List<SandboxSurge> value) {
            surges = value;
            return this;
        }

        /**
         * Returns the options.
         *
         * @throws IllegalArgumentException naming the first setting out of range
         */
        public SandboxOptions build() {
            requireRange("restPort", restPort, 0, 65_535);
            requireRange("wsPort", wsPort, 0, 65_535);
            if (bindAddress == null || bindAddress.isBlank()) {
                throw new IllegalArgumentException("bindAddress must not be blank");
            }
            requireRange("symbolCount", symbolCount, 1, 49_999);
            if (orderbookFieldCount != 59 && orderbookFieldCount != 62) {
                throw new IllegalArgumentException("orderbookFieldCount must be 59 or 62: " + orderbookFieldCount);
            }
            requireNotNegative("tokenReuseWindow", tokenReuseWindow);
            requireNotNegative("tokenIssueMinInterval", tokenIssueMinInterval);
            requirePositive("tokenLifetime", tokenLifetime);
            requireNotNegative("approvalMinInterval", approvalMinInterval);
            if (restCallsPerSecond != null) {
                requireRange("restCallsPerSecond", restCallsPerSecond, 1, 1_000_000);
            }
            requireRange("rateLimitHttpStatus", rateLimitHttpStatus, 200, 599);
            requireRange("expiredTokenHttpStatus", expiredTokenHttpStatus, 200, 599);
            requireRange("maxRegistrations", maxRegistrations, 1, 100_000);
            requirePositive("pingInterval", pingInterval);
            Objects.requireNonNull(marketHours, "marketHours");
            if (!(tradeIntensity >= 0) || Double.isInfinite(tradeIntensity)) {
                throw new IllegalArgumentException("tradeIntensity must be a finite number >= 0: " + tradeIntensity);
            }
            requireRange("floodRecordsPerSecond", floodRecordsPerSecond, 0, 10_000_000);
            requireRange("recordsPerFloodFrame", recordsPerFloodFrame, 1, 999);
            requirePositive("emissionInterval", emissionInterval);
            requireRange("outboundQueueCapacity", outboundQueueCapacity, 1, 10_000_000);
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(venueProfile, "venueProfile");
            if (holidays == null || holidays.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("holidays must be a set of dates (empty for none)");
            }
            if (surges == null || surges.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("surges must be a list of surges (empty for none)");
            }
            return new SandboxOptions(this);
        }

        private static void requireRange(String name, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be " + min + ".." + max + ": " + value);
            }
        }

        private static void requireNotNegative(String name, Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or positive: " + value);
            }
        }

        private static void requirePositive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
        }
    }
}
