package io.stockobserver.provider.kis;

import java.util.Locale;

/**
 * The two KRX stock markets whose KIS master files ({@code kospi_code.mst.zip}, {@code kosdaq_code.mst.zip}) the
 * universe is built from. Each has its own fixed-width tail (KIS_API_FACTS §8): 227 characters for KOSPI, 221 for
 * KOSDAQ.
 */
public enum MasterMarket {
    KOSPI("kospi", "kospi_code.mst"),
    KOSDAQ("kosdaq", "kosdaq_code.mst");

    private final String wireName;
    private final String entryName;

    MasterMarket(String wireName, String entryName) {
        this.wireName = wireName;
        this.entryName = entryName;
    }

    /** The lower-case name written to universe files: {@code kospi} or {@code kosdaq}. */
    public String wireName() {
        return wireName;
    }

    /** The name of the master file inside the downloaded zip, e.g. {@code kospi_code.mst}. */
    public String entryName() {
        return entryName;
    }

    /** Characters at the end of every record that form the fixed-width tail (227 KOSPI, 221 KOSDAQ). */
    public int tailLength() {
        return layout().tailLength();
    }

    /** The market named {@code name} ({@code kospi}/{@code kosdaq}, any case). */
    public static MasterMarket fromWireName(String name) {
        for (MasterMarket market : values()) {
            if (market.wireName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return market;
            }
        }
        throw new IllegalArgumentException("market must be 'kospi' or 'kosdaq' but was '" + name + "'");
    }

    MasterLayout layout() {
        return this == KOSPI ? MasterLayout.KOSPI : MasterLayout.KOSDAQ;
    }
}
