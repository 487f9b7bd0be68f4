package org.sumac.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {
    @TempDir
    Path dir;

    @Test
    void withoutAFileEverySettingHasAUsableDefault() {
        ServiceConfig c = ServiceConfig.defaults();
        assertEquals(5900, c.port());
        assertEquals(Path.of("/var/lib/sumac/x509"), c.x509Dir());
        assertFalse(c.plainLoginsOnLoopback(), "unencrypted logins are refused unless allowed");
        assertEquals(Duration.ofHours(1), c.idleLimit());
    }

    @Test
    void aFileUsesXspicesNamesAndTlsPortIsTheOnePort() throws Exception {
        Path file = dir.resolve("service.conf");
        Files.writeString(file, """
                # comment
                addr = 127.0.0.1
                tls-port = 5930
                x509-dir = /etc/sumac/x509
                plain-logins-on-loopback = yes
                idle-limit = 90m
                displays = 300-310
                """);
        ServiceConfig c = ServiceConfig.read(file);
        assertEquals(5930, c.port());
        assertEquals(Path.of("/etc/sumac/x509"), c.x509Dir());
        assertTrue(c.plainLoginsOnLoopback());
        assertEquals(Duration.ofMinutes(90), c.idleLimit());
        assertEquals(300, c.firstDisplay());
        assertEquals(310, c.lastDisplay());
    }

    @Test
    void metricsAreOffByDefaultAndAPortAloneListensOnLoopback() {
        ServiceConfig c = ServiceConfig.defaults();
        assertEquals(null, c.metrics(), "no metrics endpoint unless asked for");
        assertEquals(Path.of("/var/lib/sumac/control.sock"), c.controlSocket());
        assertEquals(Path.of("/srv/s/control.sock"), ServiceConfig.parse(Map.of("state-dir", "/srv/s")).controlSocket());
        assertEquals("", c.adminGroup(), "root alone administers unless a group is named");
        assertEquals("127.0.0.1", ServiceConfig.parse(Map.of("metrics", "9105")).metrics().getHostString());
        assertEquals(9105, ServiceConfig.parse(Map.of("metrics", "9105")).metrics().getPort());
        assertEquals("::1", ServiceConfig.parse(Map.of("metrics", "[::1]:9105")).metrics().getHostString());
        assertEquals("0.0.0.0", ServiceConfig.parse(Map.of("metrics", "0.0.0.0:9105")).metrics().getHostString());
        assertEquals(null, ServiceConfig.parse(Map.of("metrics", "off")).metrics());
        assertEquals("sumacadm", ServiceConfig.parse(Map.of("admin-group", "sumacadm")).adminGroup());
        assertThrows(IllegalArgumentException.class, () -> ServiceConfig.parse(Map.of("metrics", "host:port")));
        assertThrows(IllegalArgumentException.class, () -> ServiceConfig.parse(Map.of("admin-group", "a b")));
    }

    @Test
    void unknownSettingsAndBadValuesAreOneLineErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceConfig.parse(Map.of("prot", "5900")));
        assertEquals("unknown setting prot", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServiceConfig.parse(Map.of("port", "70000")));
        assertThrows(IllegalArgumentException.class, () -> ServiceConfig.parse(Map.of("idle-limit", "5d")));
        assertThrows(IllegalArgumentException.class, () -> ServiceConfig.parse(Map.of("displays", "9-3")));
    }
}
