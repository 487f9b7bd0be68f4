package org.sumac.spice.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sumac.spice.link.TicketAuthority.Verdict;

class TicketAuthorityTest {
    @Test
    void publicKeyIsThe162ByteDerSpiceClientsParse() {
        byte[] der = new TicketAuthority().publicKeyDer();
        assertEquals(162, der.length);
        assertEquals(0x30, der[0] & 0xFF);
        assertEquals(0x81, der[1] & 0xFF);
    }

    @Test
    void verdicts() throws Exception {
        TicketAuthority t = new TicketAuthority();
        assertEquals(Verdict.NO_PASSWORD_SET, t.check(t.encryptForTest("x")));
        t.setTicket("secret", Duration.ZERO);
        assertEquals(Verdict.ACCEPTED, t.check(t.encryptForTest("secret")));
        assertEquals(Verdict.WRONG_PASSWORD, t.check(t.encryptForTest("secreT")));
        assertEquals(Verdict.WRONG_PASSWORD, t.check(t.encryptForTest("secret2")));
        assertEquals(Verdict.UNDECRYPTABLE, t.check(new byte[128]));
        t.setTicket("secret", Duration.ofSeconds(-1));
        assertEquals(Verdict.EXPIRED, t.check(t.encryptForTest("secret")));
        t.setTicketingDisabled(true);
        assertEquals(Verdict.ACCEPTED, t.check(new byte[128]));
    }

    @Test
    void html5TicketsPaddedAtTheEndAreAccepted() throws Exception {
        TicketAuthority t = new TicketAuthority();
        t.setTicket("pw", Duration.ZERO);
        // Find a ciphertext with a leading zero byte and shift it the way spice-html5 mis-pads it.
        for (int i = 0; i < 20000; i++) {
            byte[] c = t.encryptForTest("pw");
            if (c[0] != 0) continue;
            int zeros = 0;
            while (c[zeros] == 0) zeros++;
            byte[] html5 = new byte[128];
            System.arraycopy(c, zeros, html5, 0, 128 - zeros);
            assertEquals(Verdict.ACCEPTED, t.check(html5));
            return;
        }
        throw new AssertionError("no ciphertext with a leading zero in 5000 tries");
    }
}
