package io.stockobserver.provider.kis;

/** The master file's 우선주 (preferred stock) code: 0 보통주, 1 구형우선주, 2 신형우선주 (KIS_API_FACTS §8). */
public enum PreferredType {
    /** {@code 0}: common stock (보통주); a blank field reads as this. */
    COMMON,
    /** {@code 1}: old-style preferred stock (구형우선주). */
    OLD_STYLE,
    /** {@code 2}: new-style preferred stock (신형우선주). */
    NEW_STYLE
}
