package org.sumac.spice.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import org.sumac.spice.wire.Spice;

/**
 * One desktop's ticket (password + expiry), checked against tickets encrypted with its port's {@link LinkKey}.
 * Thread-safe.
 */
public final class TicketAuthority {
    /** Outcome of checking one encrypted ticket. */
    public enum Verdict { ACCEPTED, UNDECRYPTABLE, NO_PASSWORD_SET, EXPIRED, WRONG_PASSWORD }

    private record Ticket(byte[] password, boolean expires, long expiresAtNanos) {}

    private final LinkKey key;
    private volatile boolean ticketingDisabled;
    private volatile Ticket ticket = new Ticket(null, false, 0);

    /** With a key of its own (a port that serves one desktop). */
    public TicketAuthority() {
        this(new LinkKey());
    }

    public TicketAuthority(LinkKey key) {
        this.key = key;
    }

    public LinkKey key() {
        return key;
    }

    /** The X.509 SubjectPublicKeyInfo DER of the port's key (162 bytes), as the link reply carries it. */
    public byte[] publicKeyDer() {
        return key.publicKeyDer();
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
        return checkDecrypted(key.decrypt(encrypted));
    }

    /**
     * Checks a ticket already decrypted with the port's key ({@code null}: it did not decrypt). The password
     * comparison takes the same time whatever the bytes, so a port that compares a ticket with each of its
     * desktops' tells nobody how close a guess came.
     */
    public Verdict checkDecrypted(byte[] plain) {
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

    /** Encrypts a password the way SPICE clients do; for tests and tools. */
    public byte[] encryptForTest(String password) throws GeneralSecurityException {
        return key.encryptForTest(password);
    }
}
