package io.stockobserver.sandbox.rest;

/**
 * Error codes the sandbox invented where KIS publishes none. They all start with "SBX" so nobody mistakes them for
 * venue codes; docs/sandbox.md lists them.
 */
final class SandboxCodes {

    /** tokenP/Approval/revokeP body missing a field or not JSON (HTTP 403, OAuth envelope). */
    static final String BAD_OAUTH_REQUEST = "SBXA0001";
    /** Approval called again within its interval (HTTP 403, OAuth envelope). */
    static final String APPROVAL_TOO_SOON = "SBXA0002";
    /** appkey/appsecret header missing, or appkey not the token's (HTTP 403). */
    static final String BAD_CREDENTIAL_HEADERS = "SBXR0001";
    /** tr_id header missing or not the TR of the path (HTTP 400). */
    static final String WRONG_TR_ID = "SBXR0002";
    /** A required query parameter is missing or invalid (HTTP 400). */
    static final String BAD_PARAMETER = "SBXR0003";
    /** A TR KIS does not offer on the paper venue (모의투자 미지원), called on a PAPER sandbox (HTTP 200). */
    static final String NOT_ON_PAPER = "SBXR0004";
    /** intstock-multprice asked for more than 30 symbols (HTTP 400). */
    static final String TOO_MANY_SYMBOLS = "SBXR0005";
    /** An admin endpoint (/sandbox/faults, /sandbox/surges, /sandbox/ws-faults) got a body it cannot apply (400). */
    static final String BAD_ADMIN_REQUEST = "SBXF0001";
    /** No endpoint at this path (HTTP 404). */
    static final String NO_SUCH_PATH = "SBXR0404";
    /** The path exists with another method (HTTP 405). */
    static final String WRONG_METHOD = "SBXR0405";
    /** Request body too large (HTTP 413). */
    static final String BODY_TOO_LARGE = "SBXR0413";
    /** A bug in the sandbox (HTTP 500). */
    static final String INTERNAL_ERROR = "SBXR9999";

    private SandboxCodes() {}
}
