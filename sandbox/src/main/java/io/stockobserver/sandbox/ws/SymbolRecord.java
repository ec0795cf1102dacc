package io.stockobserver.sandbox.ws;

/**
 * One encoded data record and the symbol it belongs to, so delivery can drop the records of a registration removed
 * while the emission tick was running.
 *
 * @param code the symbol (tr_key)
 * @param text the record's fields joined with '^'
 */
record SymbolRecord(String code, String text) {}
