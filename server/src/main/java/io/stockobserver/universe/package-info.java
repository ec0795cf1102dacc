/**
 * The day's universe: which KRX symbols Track A observes all day, chosen before the open from the KIS master files
 * and fixed for the day (ARCHITECTURE §6, "Universe").
 *
 * <ul>
 *   <li>{@link io.stockobserver.universe.MasterFileParser} — reads {@code kospi_code.mst} / {@code kosdaq_code.mst}
 *       (MS949, head + fixed-width tail, KIS_API_FACTS §8) into {@link io.stockobserver.universe.MasterRecord}s;
 *       a bad line becomes a {@link io.stockobserver.universe.MasterParseError}, never the end of the parse.
 *   <li>{@link io.stockobserver.universe.UniverseRules} and {@link io.stockobserver.universe.UniverseBuilder} —
 *       which listings are in (default: group ST, base price ≥ 4,000 KRW, not halted, no SPACs), each member with
 *       the reason it is in and every other listing counted under the reason it is out.
 *   <li>{@link io.stockobserver.universe.UniverseFile} — {@code universe/{provider}/{market}/{YYYYMMDD}.json}: one
 *       pretty-printed JSON document per day, replaced atomically, read back unchanged after a restart; the
 *       latest earlier day's file is the fallback when the master files are unavailable.
 * </ul>
 *
 * <p>Plain Java 17: depends on the JDK, Jackson (for the universe file) and {@code io.stockobserver.archive} (only
 * for its timestamp format). Downloading the master files and scheduling the build belong to the callers (CDI
 * beans elsewhere). The file format is documented in {@code docs/archive-format.md}.
 */
package io.stockobserver.universe;
