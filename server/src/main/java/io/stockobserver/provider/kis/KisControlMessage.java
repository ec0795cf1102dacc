package io.stockobserver.provider.kis;

/**
 * A JSON control message (KIS_API_FACTS §5.3–5.4): a subscribe/unsubscribe reply or a PINGPONG keep-alive.
 *
 * @param trId header.tr_id ({@code PINGPONG} for keep-alives, {@code (null)} for session-level errors)
 * @param trKey header.tr_key, may be empty
 * @param rtCd body.rt_cd, null for PINGPONG
 * @param msgCd body.msg_cd such as OPSP0000, null for PINGPONG
 * @param msg1 body.msg1 such as SUBSCRIBE SUCCESS
 * @param raw the message as received
 */
public record KisControlMessage(String trId, String trKey, String rtCd, String msgCd, String msg1, String raw)
        implements KisFrame {
    public static final String SUBSCRIBED = "OPSP0000";
    public static final String UNSUBSCRIBED = "OPSP0001";
    public static final String ALREADY_SUBSCRIBED = "OPSP0002";
    public static final String UNSUBSCRIBE_NOT_FOUND = "OPSP0003";
    public static final String MAX_SUBSCRIBE_OVER = "OPSP0008";
    public static final String INVALID_APPROVAL = "OPSP0011";
    public static final String APPKEY_IN_USE = "OPSP8996";

    public boolean isPingPong() {
        return "PINGPONG".equals(trId);
    }

    public boolean isSuccess() {
        return "0".equals(rtCd);
    }
}
