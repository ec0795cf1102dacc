package io.stockobserver.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Reads an {@code Authorization: Basic …} header (RFC 7617, UTF-8); anything else is no credential at all. */
final class BasicCredentials {
    /** Longer headers are no login of ours (names and passwords are short); refused before decoding. */
    static final int MAX_HEADER = 1024;

    private BasicCredentials() {}

    static Optional<UsernamePasswordCredential> parse(String header) {
        if (header == null || header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        String h = header.strip();
        int space = h.indexOf(' ');
        if (space < 0 || !h.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(h.substring(space + 1).strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String pair;
        try {
            pair = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
    }
}
