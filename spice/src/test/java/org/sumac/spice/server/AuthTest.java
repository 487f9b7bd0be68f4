package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;

/** Acceptance 4: tickets as spice-gtk sees them: right password links, wrong or expired ones are auth errors. */
@Timeout(90)
class AuthTest {
    private String linkWith(SpiceServer server, int port, String password) throws Exception {
        Path script = SpiceTestSupport.resourceFile("spice_gi_client.py");
        List<String> cmd = password == null
                ? List.of("/usr/bin/python3", script.toString(), "127.0.0.1", String.valueOf(port), "auth")
                : List.of("/usr/bin/python3", script.toString(), "127.0.0.1", String.valueOf(port), "auth", password);
        SpiceTestSupport.Result r = SpiceTestSupport.run(cmd, Duration.ofSeconds(30), null);
        return r.stdout().lines().filter(l -> l.startsWith("RESULT")).findFirst().orElse("no result: " + r.stderr());
    }

    private SpiceServer server(SpiceServerConfig.Builder b, int port) throws Exception {
        SpiceServer s = new SpiceServer(b.listen("127.0.0.1", port).build(), new FramebufferScreen(64, 64));
        s.start();
        return s;
    }

    @Test
    void rightPasswordLinksWrongPasswordIsAnAuthError() throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer s = server(SpiceServerConfig.builder().password("s3cret"), port)) {
            assertEquals("RESULT OPENED", linkWith(s, port, "s3cret"));
            assertEquals("RESULT AUTH_ERROR", linkWith(s, port, "wrong"));
            assertEquals("RESULT AUTH_ERROR", linkWith(s, port, null));
        }
    }

    @Test
    void expiredTicketIsAnAuthError() throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer s = server(SpiceServerConfig.builder().password("pw").ticketLifetime(Duration.ofSeconds(60)), port)) {
            assertEquals("RESULT OPENED", linkWith(s, port, "pw"));
            s.setTicket("pw", Duration.ofMillis(300));
            Thread.sleep(600);
            assertEquals("RESULT AUTH_ERROR", linkWith(s, port, "pw"));
            s.setTicket("pw", Duration.ZERO); // never expires again
            assertEquals("RESULT OPENED", linkWith(s, port, "pw"));
        }
    }

    @Test
    void noPasswordSetRefusesUnlessTicketingIsDisabled() throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer s = server(SpiceServerConfig.builder(), port)) {
            assertEquals("RESULT AUTH_ERROR", linkWith(s, port, "anything"));
            s.setTicketingDisabled(true);
            assertEquals("RESULT OPENED", linkWith(s, port, "anything"));
            assertEquals("RESULT OPENED", linkWith(s, port, null));
        }
    }
}
