/**
 * The KIS master files (종목정보파일, KIS facts §8): {@code kospi_code.mst} and {@code kosdaq_code.mst}, one cp949
 * record per listing — a head of short code, standard code and Korean name, then a fixed-width tail of 227 (KOSPI) or
 * 221 (KOSDAQ) characters — each zipped as the public download host serves it.
 *
 * <p>{@link io.stockobserver.sandbox.master.MasterLayout} holds the published field widths,
 * {@link io.stockobserver.sandbox.master.MasterTailValues} fills them from the market model,
 * {@link io.stockobserver.sandbox.master.MasterRecordEncoder} writes one line and
 * {@link io.stockobserver.sandbox.master.MasterFiles} the zipped file. Depends on {@code market}.
 */
package io.stockobserver.sandbox.master;
