package io.stockobserver.provider.upbit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared Upbit wire examples (../shared/providers/vectors/upbit), read verbatim as the tests' inputs. */
final class UpbitVectors {
    static final Path ROOT = Files.isDirectory(Path.of("../../shared/providers/vectors/upbit"))
            ? Path.of("../../shared/providers/vectors/upbit")
            : Path.of("../shared/providers/vectors/upbit");

    static final String SUBSCRIBE = "01_ws_subscribe_requests_official_docs.txt";
    static final String TICKER_2018 = "02_ws_ticker_default_2018_official_docs.txt";
    static final String TICKER_SIMPLE = "03_ws_ticker_simple_npm_readme.txt";
    static final String CAPTURES = "04_ws_orderbook_trade_wire_captures_thirdparty.txt";
    static final String KEEPALIVE_ERRORS = "05_ws_keepalive_and_errors.txt";
    static final String REST = "06_rest_orderbook_and_headers.txt";

    private UpbitVectors() {}

    static List<String> lines(String file) {
        try {
            return Files.readAllLines(ROOT.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text under the {@code --- title… ---} line whose title starts with {@code titleStart}, up to the next. */
    static String block(String file, String titleStart) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines(file)) {
            if (line.startsWith("--- ")) {
                if (in) {
                    break;
                }
                in = line.startsWith("--- " + titleStart);
                continue;
            }
            if (in && !line.startsWith("NOTE:")) {
                out.add(line);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no block '" + titleStart + "' in " + file);
        }
        return String.join("\n", out).strip();
    }

    /** Lines that are one JSON object each, in file order. */
    static List<String> jsonLines(String file) {
        return lines(file).stream().filter(l -> l.startsWith("{\"")).toList();
    }

    /** The first line starting with {@code prefix}. */
    static String line(String file, String prefix) {
        return lines(file).stream()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line '" + prefix + "' in " + file));
    }

    /** The lines after the first starting with {@code from}, up to the next starting with {@code to}. */
    static String between(String file, String from, String to) {
        List<String> all = lines(file);
        int start = -1;
        for (int i = 0; i < all.size(); i++) {
            if (start < 0 && all.get(i).startsWith(from)) {
                start = i + 1;
            } else if (start >= 0 && all.get(i).startsWith(to)) {
                return String.join("\n", all.subList(start, i));
            }
        }
        throw new IllegalArgumentException("no '" + from + "' … '" + to + "' in " + file);
    }

    private static final Pattern JS_ENTRY = Pattern.compile("^// (\\w+): (.*?),?$");

    /**
     * Vector 03 is a JavaScript object print ({@code // ty: 'ticker',}), not JSON: this rewrites each entry as a JSON
     * member (single-quoted strings become JSON strings; numbers, null and booleans stay as printed).
     */
    static String jsObjectPrintAsJson(String file) {
        List<String> members = new ArrayList<>();
        for (String line : lines(file)) {
            Matcher m = JS_ENTRY.matcher(line);
            if (m.matches()) {
                String value = m.group(2);
                if (value.startsWith("'") && value.endsWith("'")) {
                    value = "\"" + value.substring(1, value.length() - 1) + "\"";
                }
                members.add("\"" + m.group(1) + "\":" + value);
            }
        }
        return "{" + String.join(",", members) + "}";
    }
}
