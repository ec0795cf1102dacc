package io.stockobserver.sandbox.rest;

/** A quotation call refused, with the HTTP status and the KIS envelope fields to reply with. */
public final class GatewayRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String msgCd;

    /** Creates a refusal replied as {@code {"rt_cd":"1","msg_cd":msgCd,"msg1":msg1}} with HTTP {@code status}. */
    public GatewayRefusal(int status, String msgCd, String msg1) {
        super(msg1);
        this.status = status;
        this.msgCd = msgCd;
    }

    /** Returns the HTTP status. */
    public int status() {
        return status;
    }

    /** Returns the msg_cd. */
    public String msgCd() {
        return msgCd;
    }

    /** Returns the msg1 text. */
    public String msg1() {
        return getMessage();
    }
}
