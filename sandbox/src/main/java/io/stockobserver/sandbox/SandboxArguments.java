package io.stockobserver.sandbox;

import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of {@link SandboxMain}, parsed into options. The port, bind, seed, intensity and stdin flags apply
 * to both venues; the others to one venue only, and naming one for the other venue is an error.
 *
 * @param venue which venue to simulate
 * @param options the KIS sandbox options (used when {@code venue} is KIS)
 * @param upbitOptions the Upbit sandbox options (used when {@code venue} is UPBIT)
 * @param exitOnStdinClose stop when standard input reaches end of file (for a parent process that owns the sandbox)
 * @param help print usage and exit
 */
record SandboxArguments(
        SandboxVenue venue,
        SandboxOptions options,
        UpbitSandboxOptions upbitOptions,
        boolean exitOnStdinClose,
        boolean help) {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -jar sandbox-standalone.jar [options]",
            "  --venue NAME             kis (default) or upbit",
            "  --rest-port N            REST port (default 0 = free port)",
            "  --ws-port N              WebSocket port (default 0 = free port)",
            "  --bind ADDRESS           bind address (default 127.0.0.1)",
            "  --seed N                 market seed (default 42)",
            "  --intensity X            trade-rate multiplier (default 1.0)",
            "  --exit-on-stdin-close    stop when standard input closes",
            "  --help                   print this text",
            "KIS only:",
            "  --symbols N              number of listings (default 2500)",
            "  --orderbook-fields N     H0STASP0 fields per record, 59 or 62 (default 62)",
            "  --market-hours MODE      always-open (default) or exchange",
            "  --venue-profile NAME     real (default) or paper: 1 REST call/s, no 모의투자 미지원 TRs",
            "  --flood N                benchmark mode: N H0STCNT0 records per second (default 0 = off)",
            "  --flood-frame-records N  records per frame in flood mode (default 10)",
            "Upbit only:",
            "  --krw-markets N          KRW markets (default 180)",
            "  --btc-markets N          BTC-quoted markets (default 12)",
            "  --usdt-markets N         USDT-quoted markets (default 8)",
            "  --idle-timeout SECONDS   WebSocket idle close (default 120)",
            "Prints rest=<url> and ws=<url> on standard output once both servers listen",
            "(for upbit, ws=<url> ends in /websocket/v1).");

    private static final Set<String> KIS_ONLY = Set.of(
            "--symbols", "--orderbook-fields", "--market-hours", "--venue-profile", "--flood", "--flood-frame-records");
    private static final Set<String> UPBIT_ONLY =
            Set.of("--krw-markets", "--btc-markets", "--usdt-markets", "--idle-timeout");

    /**
     * Parses arguments.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    static SandboxArguments parse(String... args) {
        SandboxOptions.Builder builder = SandboxOptions.builder();
        UpbitSandboxOptions.Builder upbit = UpbitSandboxOptions.builder();
        SandboxVenue venue = SandboxVenue.KIS;
        Set<String> given = new LinkedHashSet<>();
        boolean exitOnStdinClose = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            given.add(flag);
            switch (flag) {
                case "--help", "-h" -> {
                    return new SandboxArguments(venue, builder.build(), upbit.build(), false, true);
                }
                case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                case "--venue" -> venue = venue(value(args, ++i, flag));
                case "--rest-port" -> {
                    int port = intValue(flag, value(args, ++i, flag));
                    builder.restPort(port);
                    upbit.restPort(port);
                }
                case "--ws-port" -> {
                    int port = intValue(flag, value(args, ++i, flag));
                    builder.wsPort(port);
                    upbit.wsPort(port);
                }
                case "--bind" -> {
                    String address = value(args, ++i, flag);
                    builder.bindAddress(address);
                    upbit.bindAddress(address);
                }
                case "--seed" -> {
                    long seed = longValue(flag, value(args, ++i, flag));
                    builder.seed(seed);
                    upbit.seed(seed);
                }
                case "--intensity" -> {
                    double intensity = doubleValue(flag, value(args, ++i, flag));
                    builder.tradeIntensity(intensity);
                    upbit.tradeIntensity(intensity);
                }
                case "--krw-markets" -> upbit.krwMarkets(intValue(flag, value(args, ++i, flag)));
                case "--btc-markets" -> upbit.btcMarkets(intValue(flag, value(args, ++i, flag)));
                case "--usdt-markets" -> upbit.usdtMarkets(intValue(flag, value(args, ++i, flag)));
                case "--idle-timeout" -> upbit.idleTimeout(Duration.ofSeconds(longValue(flag, value(args, ++i, flag))));
                case "--symbols" -> builder.symbolCount(intValue(flag, value(args, ++i, flag)));
                case "--orderbook-fields" -> builder.orderbookFieldCount(intValue(flag, value(args, ++i, flag)));
                case "--market-hours" -> builder.marketHours(marketHours(value(args, ++i, flag)));
                case "--venue-profile" -> builder.venueProfile(venueProfile(value(args, ++i, flag)));
                case "--flood" -> builder.floodRecordsPerSecond(intValue(flag, value(args, ++i, flag)));
                case "--flood-frame-records" -> builder.recordsPerFloodFrame(intValue(flag, value(args, ++i, flag)));
                default -> throw new IllegalArgumentException("unknown argument: " + flag);
            }
        }
        checkVenueFlags(venue, given);
        return new SandboxArguments(venue, builder.build(), upbit.build(), exitOnStdinClose, false);
    }

    private static void checkVenueFlags(SandboxVenue venue, Set<String> given) {
        Set<String> foreign = venue == SandboxVenue.KIS ? UPBIT_ONLY : KIS_ONLY;
        for (String flag : given) {
            if (foreign.contains(flag)) {
                throw new IllegalArgumentException(
                        flag + " does not apply to --venue " + venue.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static SandboxVenue venue(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "kis" -> SandboxVenue.KIS;
            case "upbit" -> SandboxVenue.UPBIT;
            default -> throw new IllegalArgumentException("--venue must be kis or upbit: " + text);
        };
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }

    private static int intValue(String flag, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs an integer: " + text, e);
        }
    }

    private static long longValue(String flag, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs an integer: " + text, e);
        }
    }

    private static double doubleValue(String flag, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number: " + text, e);
        }
    }

    private static SandboxMarketHours marketHours(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "always-open", "always_open" -> SandboxMarketHours.ALWAYS_OPEN;
            case "exchange" -> SandboxMarketHours.EXCHANGE;
            default -> throw new IllegalArgumentException("--market-hours must be always-open or exchange: " + text);
        };
    }

    private static SandboxVenueProfile venueProfile(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "real" -> SandboxVenueProfile.REAL;
            case "paper" -> SandboxVenueProfile.PAPER;
            default -> throw new IllegalArgumentException("--venue-profile must be real or paper: " + text);
        };
    }
}
