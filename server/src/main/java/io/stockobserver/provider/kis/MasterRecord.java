package io.stockobserver.provider.kis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One listing of a KIS master file (KIS_API_FACTS §8): the head (codes and Korean name) and the tail fields the
 * universe needs. Numbers are as published: {@code listedSharesThousands} in thousands of shares,
 * {@code marketCapHundredMillion} in 억 KRW (100 million).
 *
 * @param code 단축코드, e.g. {@code 005930}
 * @param standardCode 표준코드 (ISIN), e.g. {@code KR7005930003}; may be empty when the master leaves it blank
 * @param name 한글종목명, e.g. {@code 삼성전자}
 * @param market the master file it came from
 * @param groupCode 그룹코드, two characters: {@code ST} 주권, {@code EF} ETF, {@code EN} ETN, {@code RT} REIT, …
 * @param basePrice 기준가 in KRW (the nearest thing in the master to the previous close)
 * @param halted 거래정지 = Y
 * @param administrative 관리종목 = Y
 * @param marketWarning 시장경고 code: {@code 00} none, {@code 01} 주의, {@code 02} 경고, {@code 03} 위험; empty when
 *     blank
 * @param listedSharesThousands 상장주수, in thousands of shares
 * @param previousVolume 전일거래량, shares
 * @param parValue 액면가, KRW
 * @param listingDate 상장일자; empty when the master gives zeros or blanks
 * @param marketCapHundredMillion 전일기준 시가총액, in 억 KRW
 * @param preferred 우선주 code
 * @param spac SPAC (기업인수목적회사) = Y
 */
public record MasterRecord(
        String code,
        String standardCode,
        String name,
        MasterMarket market,
        String groupCode,
        long basePrice,
        boolean halted,
        boolean administrative,
        String marketWarning,
        long listedSharesThousands,
        long previousVolume,
        long parValue,
        Optional<LocalDate> listingDate,
        long marketCapHundredMillion,
        PreferredType preferred,
        boolean spac) {

    public MasterRecord {
        requireText(code, "code");
        Objects.requireNonNull(standardCode, "standardCode");
        requireText(name, "name");
        Objects.requireNonNull(market, "market");
        if (groupCode == null || groupCode.length() != 2) {
            throw new IllegalArgumentException("groupCode must have two characters but was '" + groupCode + "'");
        }
        Objects.requireNonNull(marketWarning, "marketWarning");
        Objects.requireNonNull(listingDate, "listingDate");
        Objects.requireNonNull(preferred, "preferred");
        requireNotNegative(basePrice, "basePrice");
        requireNotNegative(listedSharesThousands, "listedSharesThousands");
        requireNotNegative(previousVolume, "previousVolume");
        requireNotNegative(parValue, "parValue");
        requireNotNegative(marketCapHundredMillion, "marketCapHundredMillion");
    }

    /** True for old- and new-style preferred stock. */
    public boolean isPreferred() {
        return preferred != PreferredType.COMMON;
    }

    /** Listed shares in shares: the master's thousands times 1,000, so exact to the thousand. */
    public long listedShares() {
        return Math.multiplyExact(listedSharesThousands, 1000L);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static void requireNotNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative but was " + value);
        }
    }
}
