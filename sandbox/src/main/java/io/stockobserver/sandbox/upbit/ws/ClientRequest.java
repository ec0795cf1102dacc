package io.stockobserver.sandbox.upbit.ws;

import java.util.List;
import java.util.Objects;

/** A well-formed request of a client: a subscription, or the question which subscription is held. */
sealed interface ClientRequest permits ClientRequest.Subscribe, ClientRequest.ListSubscriptions {

    /** Returns the request's ticket. */
    String ticket();

    /** Returns the key format of the answers. */
    FrameFormat format();

    /**
     * A subscription, replacing the previous one of the connection.
     *
     * @param ticket the ticket
     * @param types the type objects, in request order
     * @param format the key format of the frames
     */
    record Subscribe(String ticket, List<TypeRequest> types, FrameFormat format) implements ClientRequest {
        /** Copies the types. */
        public Subscribe {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(format, "format");
            types = List.copyOf(types);
        }
    }

    /**
     * {@code [{"ticket":…},{"method":"LIST_SUBSCRIPTIONS"}]}.
     *
     * @param ticket the ticket, echoed in the answer
     * @param format the key format of the answer
     */
    record ListSubscriptions(String ticket, FrameFormat format) implements ClientRequest {}
}
