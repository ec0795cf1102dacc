package io.stockobserver.sandbox;

import java.util.Locale;

/**
 * The command line of {@link SandboxMain}, parsed into options.
 *
 * @param options the sandbox options
 * @param exitOnStdinClose stop when standard input reaches end of file (for a parent process that owns the sandbox)
 * @param help print usage and exit
 */
record SandboxArguments(SandboxOptions options, boolean exitOnStdinClose, boolean help) {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -jar sandbox-standalone.jar [options]",
            "  --rest-port N            REST port (default 0 = free port)",
            "  --ws-port N              WebSocket port (default 0 = free port)",
            "  --bind ADDRESS           bind address (default 127.0.0.1)",
            "  --seed N                 market seed (default 42)",
            "  --symbols N              number of listings (default 2500)",
            "  --orderbook-fields N     H0STASP0 fields per record, 59 or 62 (default 62)",
            "  --market-hours MODE      always-open (default) or exchange",
            "  --venue-profile NAME     real (default) or paper: 1 REST call/s, no 모의투자 미지원 TRs",
            "  --intensity X            trade-rate multiplier (default 1.0)",
            "  --flood N                benchmark mode: N H0STCNT0 records per second (default 0 = off)",
            "  --flood-frame-records N  records per frame in flood mode (default 10)",
            "  --exit-on-stdin-close    stop when standard input closes",
            "  --help                   print this text",
            "Prints rest=<url> and ws=<url> on standard output once both servers listen.");

    /**
     * Parses arguments.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    static SandboxArguments parse(String... args) {
        SandboxOptions.Builder builder = SandboxOptions.builder();
        boolean exitOnStdinClose = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    return new SandboxArguments(builder.build(), false, true);
                }
                case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                case "--rest-port" -> builder.restPort(intValue(flag, value(args, ++i, flag)));
                case "--ws-port" -> builder.wsPort(intValue(flag, value(args, ++i, flag)));
                case "--bind" -> builder.bindAddress(value(args, ++i, flag));
                case "--seed" -> builder.seed(longValue(flag, value(args, ++i, flag)));
                case "--symbols" -> builder.symbolCount(intValue(flag, value(args, ++i, flag)));
                case "--orderbook-fields" -> builder.orderbookFieldCount(intValue(flag, value(args, ++i, flag)));
                case "--market-hours" -> builder.marketHours(marketHours(value(args, ++i, flag)));
                case "--venue-profile" -> builder.venueProfile(venueProfile(value(args, ++i, flag)));
                case "--intensity" -> builder.tradeIntensity(doubleValue(flag, value(args, ++i, flag)));
                case "--flood" -> builder.floodRecordsPerSecond(intValue(flag, value(args, ++i, flag)));
                case "--flood-frame-records" -> builder.recordsPerFloodFrame(intValue(flag, value(args, ++i, flag)));
                default -> throw new IllegalArgumentException("unknown argument: " + flag);
            }
        }
        return new SandboxArguments(builder.build(), exitOnStdinClose, false);
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
