package io.stockobserver.sandbox.master;

import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.ListingKind;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zipped master files of a market model, one per market, listing every listing of that market (stocks, ETFs,
 * REITs, halted ones too) in code order.
 *
 * <p>A file describes a business day (base prices and previous volumes change only when a day rolls), so each is
 * built once per business day and cached. The first build quotes every listing, which brings each simulation up to
 * now: about half a second for 2,500 listings. Thread-safe.
 */
public final class MasterFiles {

    private record Built(LocalDate businessDate, byte[] zip) {}

    private final MarketModel market;
    private final Map<MasterLayout, Built> cache = new EnumMap<>(MasterLayout.class);

    /** Creates the files of a market model. */
    public MasterFiles(MarketModel market) {
        this.market = market;
    }

    /** Returns the zip of a market's file as served for download. */
    public synchronized byte[] zip(MasterLayout layout) {
        LocalDate today = market.settings().calendar().businessDate(market.now());
        Built built = cache.get(layout);
        if (built == null || !built.businessDate().equals(today)) {
            built = new Built(today, zip(layout, text(layout)));
            cache.put(layout, built);
        }
        return built.zip().clone();
    }

    /** Returns the file's text (one record per line, newline-terminated), before cp949 encoding and zipping. */
    public String text(MasterLayout layout) {
        List<SymbolInfo> listings = market.symbols().stream()
                .filter(info -> info.market() == layout.market())
                .toList();
        Map<String, QuoteSnapshot> quotes = new HashMap<>();
        listings.forEach(info -> quotes.put(info.code(), market.quote(info.code())));
        Map<String, Integer> ranks = stockRanks(listings, quotes);
        StringBuilder text = new StringBuilder(listings.size() * 300);
        for (SymbolInfo info : listings) {
            text.append(MasterRecordEncoder.line(
                    layout, info, quotes.get(info.code()), ranks.getOrDefault(info.code(), 0)));
        }
        return text.toString();
    }

    /** Ranks the stocks of a market by market cap at the base price, largest first, from 1. */
    private static Map<String, Integer> stockRanks(List<SymbolInfo> listings, Map<String, QuoteSnapshot> quotes) {
        List<SymbolInfo> stocks = new ArrayList<>(listings.stream()
                .filter(info -> info.kind() == ListingKind.STOCK)
                .toList());
        stocks.sort(Comparator.comparingDouble(
                        (SymbolInfo info) -> (double) quotes.get(info.code()).basePrice() * info.listedShares())
                .reversed()
                .thenComparing(SymbolInfo::code));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < stocks.size(); i++) {
            ranks.put(stocks.get(i).code(), i + 1);
        }
        return ranks;
    }

    private byte[] zip(MasterLayout layout, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(layout.fileName());
            entry.setTimeLocal(LocalDateTime.ofInstant(market.now(), KoreanTime.ZONE));
            zip.putNextEntry(entry);
            zip.write(text.getBytes(MasterRecordEncoder.CP949));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip " + layout.fileName(), e);
        }
        return bytes.toByteArray();
    }
}
