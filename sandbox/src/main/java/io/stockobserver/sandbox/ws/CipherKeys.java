package io.stockobserver.sandbox.ws;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The AES iv/key pair a subscribe ack carries (KIS sends them for every TR, even unencrypted ones): iv = 16 hex
 * characters, key = 32 lowercase letters, as observed. The sandbox encrypts nothing, so they are never used.
 *
 * @param iv 16 hex characters
 * @param key 32 lowercase letters
 */
record CipherKeys(String iv, String key) {

    private static final String HEX = "0123456789abcdef";

    static CipherKeys random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder iv = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            iv.append(HEX.charAt(random.nextInt(HEX.length())));
        }
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            key.append((char) ('a' + random.nextInt(26)));
        }
        return new CipherKeys(iv.toString(), key.toString());
    }
}
