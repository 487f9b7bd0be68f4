package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.app.ServerOptions;
import org.sumac.spice.server.ImageCompression;
import org.sumac.spice.server.SpiceServerConfig;

/** Xspice's option names on the sumac command line, and the X options beside them. */
class SpiceOptionsTest {
    @TempDir
    Path dir;

    @Test
    void withoutPortSumacIsAPlainXServer() throws Exception {
        ServerOptions o = ServerOptions.parse(new String[] {":7", "-screen", "0", "800x600x24", "-ac"});
        assertNull(o.spice());
        assertEquals(800, o.display().width());
        assertEquals(7, o.display().displayNumber());
    }

    @Test
    void theServerResetsWhenItsLastClientLeavesUnlessGivenNoReset() throws Exception {
        assertTrue(ServerOptions.parse(new String[] {":7"}).display().reset());
        assertFalse(ServerOptions.parse(new String[] {":7", "-noreset"}).display().reset());
    }

    @Test
    void spiceOptionsWithoutPortAreRefused() {
        assertThrows(ServerOptions.UsageException.class,
            () -> ServerOptions.parse(new String[] {":7", "--password", "x"}));
    }

    @Test
    void portPasswordAndCompressionReachTheSpiceConfig() throws Exception {
        ServerOptions o = ServerOptions.parse(new String[] {":3", "--port", "5912", "--password", "s3cret",
            "--image-compression", "lz4", "--jpeg-wan-compression=always", "--exit-on-disconnect", "-ac"});
        SpiceServerConfig c = o.spice();
        assertEquals(5912, c.listenAddresses().getFirst().getPort());
        assertTrue(c.listenAddresses().getFirst().getAddress().isAnyLocalAddress());
        assertEquals("s3cret", c.password());
        assertFalse(c.ticketingDisabled());
        assertEquals(ImageCompression.LZ4, c.imageCompression());
        assertTrue(c.jpegForPhotos());
        assertTrue(o.exitOnDisconnect());
        assertFalse(o.display().accessControl());
    }

    @Test
    void passwordFileGivesItsFirstLine() throws Exception {
        Path f = dir.resolve("pw");
        Files.writeString(f, "from-file\nignored\n");
        ServerOptions o = ServerOptions.parse(new String[] {":3", "--port", "5912", "--password-file", f.toString()});
        assertEquals("from-file", o.spice().password());
    }

    @Test
    void noPasswordIsRefusedUnlessTicketingIsDisabledExplicitly() throws Exception {
        assertThrows(ServerOptions.UsageException.class,
            () -> ServerOptions.parse(new String[] {":3", "--port", "5912"}));
        assertTrue(ServerOptions.parse(new String[] {":3", "--port", "5912", "--disable-ticketing"})
            .spice().ticketingDisabled());
    }

    @Test
    void loopbackIsNoExemptionFromThePassword() throws Exception {
        // On a shared host every local user reaches 127.0.0.1 and ::1.
        for (String addr : new String[] {"127.0.0.1", "::1", "localhost"}) {
            ServerOptions.UsageException e = assertThrows(ServerOptions.UsageException.class,
                () -> ServerOptions.parse(new String[] {":3", "--port", "5912", "--addr", addr}), addr);
            assertTrue(e.getMessage().contains("--password"), e.getMessage());
        }
        SpiceServerConfig withPassword = ServerOptions.parse(
            new String[] {":3", "--port", "5912", "--addr", "127.0.0.1", "--password", "pw"}).spice();
        assertFalse(withPassword.ticketingDisabled());
        assertEquals("pw", withPassword.password());
        assertTrue(ServerOptions.parse(new String[] {":3", "--port", "5912", "--addr", "127.0.0.1",
            "--disable-ticketing"}).spice().ticketingDisabled());
    }

    @Test
    void addressFamilies() throws Exception {
        SpiceServerConfig v4 = ServerOptions.parse(new String[] {":3", "--port", "1", "--ipv4-only",
            "--disable-ticketing"}).spice();
        assertTrue(v4.listenAddresses().getFirst().getAddress() instanceof Inet4Address);
        assertThrows(ServerOptions.UsageException.class, () -> ServerOptions.parse(
            new String[] {":3", "--port", "1", "--ipv4-only", "--ipv6-only", "--disable-ticketing"}));
        assertThrows(ServerOptions.UsageException.class, () -> ServerOptions.parse(
            new String[] {":3", "--port", "1", "--addr", "127.0.0.1", "--ipv6-only", "--disable-ticketing"}));
    }

    @Test
    void badValuesAreUsageErrors() {
        for (String[] args : new String[][] {
            {":3", "--port", "70000", "--disable-ticketing"},
            {":3", "--port", "x", "--disable-ticketing"},
            {":3", "--port", "1", "--disable-ticketing", "--image-compression", "zip"},
            {":3", "--port", "1", "--disable-ticketing", "--jpeg-wan-compression", "sometimes"},
            {":3", "--port", "1", "--password-file", "/nonexistent/pw"},
            {":3", "--port"},
        }) {
            assertThrows(ServerOptions.UsageException.class, () -> ServerOptions.parse(args), String.join(" ", args));
        }
    }
}
