package org.sumac.spice.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import javax.crypto.Cipher;
import org.sumac.spice.wire.Spice;

/**
 * The server's RSA-1024 key and its ticket (password + expiry). Clients encrypt "password\0" with RSA-OAEP
 * (SHA-1, MGF1-SHA-1) under the public key sent in the link reply. One key per server: cheap and accepted by
 * both clients. Thread-safe.
 */
public final class TicketAuthority {
    /** Outcome of checking one encrypted ticket. */
    public enum Verdict { ACCEPTED, UNDECRYPTABLE, NO_PASSWORD_SET, EXPIRED, WRONG_PASSWORD }

    private record Ticket(byte[] password, boolean expires, long expiresAtNanos) {}

    private final KeyPair keyPair;
    private final byte[] publicKeyDer;
    private volatile boolean ticketingDisabled;
    private volatile Ticket ticket = new Ticket(null, false, 0);

    public TicketAuthority() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(1024);
            keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-1024 is not available in this JVM", e);
        }
        publicKeyDer = keyPair.getPublic().getEncoded();
        if (publicKeyDer.length != Spice.TICKET_PUBKEY_BYTES) {
            throw new IllegalStateException("RSA public key is " + publicKeyDer.length + " bytes, SPICE needs 162");
        }
    }

    /** The X.509 SubjectPublicKeyInfo DER of the key (162 bytes), as the link reply carries it. */
    public byte[] publicKeyDer() {
        return publicKeyDer.clone();
    }

    public void setTicketingDisabled(boolean disabled) {
        this.ticketingDisabled = disabled;
    }

    public boolean ticketingDisabled() {
        return ticketingDisabled;
    }

    /**
     * Sets the password; {@code lifetime} null or zero means it never expires. Expiry is checked at link time
     * only: connected clients stay (as in the C server).
     */
    public void setTicket(String password, Duration lifetime) {
        boolean expires = lifetime != null && !lifetime.isZero();
        // A negative lifetime gives an already expired ticket (useful to lock new clients out).
        long expiresAt = expires ? System.nanoTime() + Math.max(lifetime.toNanos(), -1_000_000_000L) : 0;
        byte[] bytes = password == null ? null : password.getBytes(StandardCharsets.UTF_8);
        if (bytes != null && bytes.length > Spice.MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("SPICE passwords are at most 60 bytes");
        }
        ticket = new Ticket(bytes, expires, expiresAt);
    }

    /** Checks a 128-byte encrypted ticket. */
    public Verdict check(byte[] encrypted) {
        byte[] plain = decrypt(encrypted);
        // spice-html5 pads short ciphertexts at the end instead of the front. The ciphertext may itself end
        // in zero bytes, so try each count of trailing zeros; OAEP rejects every wrong guess.
        int trailing = 0;
        while (encrypted != null && trailing < encrypted.length && encrypted[encrypted.length - 1 - trailing] == 0) trailing++;
        for (int k = 1; plain == null && k <= trailing && k < 8; k++) {
            plain = decrypt(shiftRight(encrypted, k));
        }
        if (ticketingDisabled) {
            return Verdict.ACCEPTED; // html5 sends "undefined" or mis-padded tickets when no password is given
        }
        if (plain == null) {
            return Verdict.UNDECRYPTABLE;
        }
        Ticket current = ticket;
        if (current.password == null || current.password.length == 0) {
            return Verdict.NO_PASSWORD_SET;
        }
        if (current.expires && System.nanoTime() - current.expiresAtNanos > 0) {
            return Verdict.EXPIRED;
        }
        int length = 0;
        while (length < plain.length && plain[length] != 0) {
            length++;
        }
        byte[] given = java.util.Arrays.copyOf(plain, length);
        return MessageDigest.isEqual(given, current.password) ? Verdict.ACCEPTED : Verdict.WRONG_PASSWORD;
    }

    private byte[] decrypt(byte[] encrypted) {
        if (encrypted == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
            return cipher.doFinal(encrypted);
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** The data moved k bytes to the right, with k zero bytes in front (the last k bytes dropped). */
    private static byte[] shiftRight(byte[] data, int k) {
        byte[] moved = new byte[data.length];
        System.arraycopy(data, 0, moved, k, data.length - k);
        return moved;
    }

    /** Encrypts a password the way SPICE clients do; for tests and tools. */
    public byte[] encryptForTest(String password) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, keyPair.getPublic());
        byte[] bytes = (password + "\0").getBytes(StandardCharsets.UTF_8);
        return cipher.doFinal(bytes);
    }
}
