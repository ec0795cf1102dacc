package io.stockobserver.sandbox.ws;

/** A text message a client sent: a registration request, or an echo of a PINGPONG. */
sealed interface ClientMessage permits ClientMessage.PingPongEcho, RegistrationRequest {

    /** A client's reply to PINGPONG sent back as text (what [PYKIS] and one official sample do). */
    record PingPongEcho() implements ClientMessage {}
}
