package io.stockobserver.console.connect;

import java.io.IOException;
import java.util.Optional;

/** Where the operating system keeps secrets for the logged-in user (see {@link OsCredentialVault}). */
public interface CredentialVault {
    /** What the operator knows it as, e.g. "Windows Credential Manager". */
    String name();

    Optional<char[]> read(String key) throws IOException;

    void write(String key, char[] secret) throws IOException;

    void delete(String key) throws IOException;
}
