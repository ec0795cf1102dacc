package io.stockobserver.collect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values a broken or hostile venue could put where a number belongs: the exponents and digit strings that once
 * stopped Track B, the edges of {@code long}, non-ASCII digits, near-numbers and arbitrary text. Shared by the
 * frame and REST body properties.
 */
final class HostileText {
    private HostileText() {}

    /** Text found where a KIS number was expected. */
    static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, known()),
                net.jqwik.api.Tuple.of(3, exponents()),
                net.jqwik.api.Tuple.of(2, digitRuns()),
                net.jqwik.api.Tuple.of(3, numberLike()),
                net.jqwik.api.Tuple.of(3, integerEdges()),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(24)));
    }

    private static Arbitrary<String> known() {
        return Arbitraries.of(
                "1E+999999999",
                "1E+2147483647",
                "-1E+2147483647",
                "1E-2147483648",
                "1E+100000",
                "1E+10000000",
                "9e9999",
                "0E-2147483648",
                "NaN",
                "Infinity",
                "-Infinity",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775808",
                "-9223372036854775809",
                "0x1F",
                "1_000",
                "١٢٣", // Arabic-Indic digits: Character.digit reads them as 123
                "１２３", // full-width digits
                "+",
                "-",
                ".",
                "1.",
                ".5",
                "1e",
                "e5",
                " 12 ",
                "",
                " ",
                "\u0000",
                "12\u000034",
                "-0",
                "00000000000000000000000000000000000001",
                "0.000000000000000000000000000000000001",
                "1.0000000000000000000000000000000000001",
                "99999999999999999999",
                "\"12\"",
                "12\\u0000",
                "\uD800");
    }

    /** Where 32- and 64-bit arithmetic overflows, and values near the ones venues send (a day in seconds). */
    private static Arbitrary<String> integerEdges() {
        return Arbitraries.of(
                "9223372036854775807",
                "-9223372036854775808",
                "9223372036854775806",
                "2147483647",
                "-2147483648",
                "2147483648",
                "4294967296",
                "31557600000",
                "86400",
                "0",
                "-1");
    }

    private static Arbitrary<String> exponents() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.of("", "-", "+"),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.of("E", "e", "E+", "E-", "e+", "e-"),
                        Arbitraries.oneOf(
                                Arbitraries.integers().between(0, 400),
                                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                                Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE)))
                .as((sign, mantissa, e, exponent) -> sign + mantissa + e + exponent);
    }

    private static Arbitrary<String> digitRuns() {
        return Arbitraries.integers().between(19, 5_000).map("9"::repeat);
    }

    private static Arbitrary<String> numberLike() {
        return Arbitraries.strings()
                .withChars("0123456789+-.eE ")
                .ofMinLength(1)
                .ofMaxLength(45);
    }
}
