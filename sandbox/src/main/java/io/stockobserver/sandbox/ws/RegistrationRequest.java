package io.stockobserver.sandbox.ws;

/**
 * A subscribe (tr_type "1") or unsubscribe (tr_type "2") request (KIS facts §5.2).
 *
 * @param approvalKey header.approval_key, or {@code null} if absent
 * @param subscribe true for tr_type "1"
 * @param trId body.input.tr_id
 * @param trKey body.input.tr_key, "" if absent
 */
record RegistrationRequest(String approvalKey, boolean subscribe, String trId, String trKey) implements ClientMessage {}
