package io.stockobserver.provider.kis;

/**
 * One day of a KIS chk-holiday (CTCA0903R) answer, KIS_API_FACTS §4.8. Only {@code openDay} decides whether the
 * market trades: KIS says to use 개장일여부 (opnd_yn) to know whether orders can be placed.
 *
 * @param businessDay bzdy_yn, 영업일여부: financial institutions work that day
 * @param transactionDay tr_day_yn, 거래일여부: securities business (deposits, transfers, …) is possible
 * @param openDay opnd_yn, 개장일여부: the stock market opens
 * @param settlementDay sttl_day_yn, 결제일여부: trades settle that day
 */
public record HolidayInfo(boolean businessDay, boolean transactionDay, boolean openDay, boolean settlementDay) {}
