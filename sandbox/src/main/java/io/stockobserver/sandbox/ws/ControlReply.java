package io.stockobserver.sandbox.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.Instant;

/**
 * A JSON control message of the server (KIS facts §5.3, §5.4), with the msg_cd it is counted under.
 *
 * @param msgCd the msg_cd ("" for PINGPONG)
 * @param json the message text
 */
record ControlReply(String msgCd, String json) {

    /** Sandbox's own msg_cd for JSON PARSING ERROR replies (KIS's is not public). */
    static final String PARSING_ERROR_CODE = "SBXW0001";
    /** Sandbox's own msg_cd for TRs it does not simulate. */
    static final String UNSUPPORTED_TR_CODE = "SBXW0002";

    private static final String NULL_TR_ID = "(null)";

    static ControlReply subscribed(Registration registration, CipherKeys keys) {
        return withKeys(registration, "OPSP0000", "SUBSCRIBE SUCCESS", keys);
    }

    static ControlReply unsubscribed(Registration registration, CipherKeys keys) {
        return withKeys(registration, "OPSP0001", "UNSUBSCRIBE SUCCESS", keys);
    }

    static ControlReply alreadySubscribed(Registration registration) {
        return failure(registration.trId(), registration.trKey(), "1", "OPSP0002", "ALREADY IN SUBSCRIBE");
    }

    static ControlReply notSubscribed(Registration registration) {
        return failure(registration.trId(), registration.trKey(), "1", "OPSP0003", "UNSUBSCRIBE ERROR(not found!)");
    }

    static ControlReply maxSubscribeOver(Registration registration) {
        return failure(registration.trId(), registration.trKey(), "1", "OPSP0008", "MAX SUBSCRIBE OVER");
    }

    static ControlReply invalidApproval(String trId, String trKey, String approvalKey) {
        return failure(trId, trKey, "1", "OPSP0011", "invalid approval : " + (approvalKey == null ? "" : approvalKey));
    }

    static ControlReply appkeyInUse() {
        return failure(NULL_TR_ID, "", "9", "OPSP8996", "ALREADY IN USE appkey");
    }

    static ControlReply parsingError(String trId, String trKey, String problem) {
        return failure(
                trId == null ? NULL_TR_ID : trId,
                trKey == null ? "" : trKey,
                "9",
                PARSING_ERROR_CODE,
                "JSON PARSING ERROR : " + problem);
    }

    static ControlReply unsupportedTr(String trId, String trKey) {
        return failure(trId, trKey, "1", UNSUPPORTED_TR_CODE, "NOT SUPPORTED TR_ID IN SANDBOX : " + trId);
    }

    static ControlReply pingPong(Instant now) {
        ObjectNode header = KisJson.object().put("tr_id", "PINGPONG").put("datetime", KoreanTime.compactDateTime(now));
        ObjectNode root = KisJson.object();
        root.set("header", header);
        return new ControlReply("", root.toString());
    }

    private static ControlReply withKeys(Registration registration, String msgCd, String msg1, CipherKeys keys) {
        ObjectNode body = body("0", msgCd, msg1);
        body.set("output", KisJson.object().put("iv", keys.iv()).put("key", keys.key()));
        return message(registration.trId(), registration.trKey(), msgCd, body);
    }

    private static ControlReply failure(String trId, String trKey, String rtCd, String msgCd, String msg1) {
        return message(trId, trKey, msgCd, body(rtCd, msgCd, msg1));
    }

    private static ObjectNode body(String rtCd, String msgCd, String msg1) {
        return KisJson.object().put("rt_cd", rtCd).put("msg_cd", msgCd).put("msg1", msg1);
    }

    private static ControlReply message(String trId, String trKey, String msgCd, ObjectNode body) {
        ObjectNode root = KisJson.object();
        root.set(
                "header",
                KisJson.object().put("tr_id", trId).put("tr_key", trKey).put("encrypt", "N"));
        root.set("body", body);
        return new ControlReply(msgCd, root.toString());
    }
}
