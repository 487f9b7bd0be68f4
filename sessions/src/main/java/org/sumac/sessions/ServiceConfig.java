package org.sumac.sessions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of {@code sumac service}, read from a file of {@code key = value} lines ({@code #} starts a comment);
 * every key has a default, so the service runs without a file. Keys follow Xspice's option names where one applies:
 * <pre>
 *   addr = 0.0.0.0              listening address (Xspice --addr)
 *   port = 5900                 the one port: plain SPICE, SPICE over TLS and WebSocket (tls-port is the same key)
 *   x509-dir = STATE/x509       server-cert.pem, server-key.pem (PKCS#8) and ca-cert.pem (Xspice --x509-dir);
 *                               a self-signed pair is generated there on first start and kept
 *   state-dir = /var/lib/sumac  where the service keeps what it generates (the pair, the displays' cookies)
 *   helper-socket = /run/sumac/helper.sock   the privileged helper's socket
 *   plain-logins-on-loopback = false          unencrypted logins from this machine (else TLS only)
 *   idle-limit = 1h             how long a desktop without a client lives on (s, m, h suffixes)
 *   geometry = 1024x768         each desktop's screen
 *   displays = 100-999          the X display numbers desktops take
 *   control-socket = STATE/control.sock  where {@code sumac sessions list|kill} reach the service (in the
 *                               state directory by default: the service can always make it there)
 *   admin-group =               a group whose members may also use the control socket (else root and the
 *                               service's own user only); the socket's file gets this group and mode 0660, and
 *                               the socket's directory must let the group through
 *   metrics = off               a Prometheus text endpoint: PORT (on loopback) or HOST:PORT; off by default
 * </pre>
 */
public record ServiceConfig(String address, int port, Path x509Dir, Path stateDir, Path helperSocket,
                            boolean plainLoginsOnLoopback, Duration idleLimit, int width, int height,
                            int firstDisplay, int lastDisplay, Path controlSocket, String adminGroup,
                            InetSocketAddress metrics) {
    /** The settings without a file. */
    public static ServiceConfig defaults() {
        return parse(Map.of());
    }

    public static ServiceConfig read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            int eq = s.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException(file + ":" + n + ": expected key = value");
            values.put(s.substring(0, eq).strip().toLowerCase(Locale.ROOT), s.substring(eq + 1).strip());
        }
        try {
            return parse(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static ServiceConfig parse(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (!java.util.Set.of("addr", "port", "tls-port", "x509-dir", "state-dir", "helper-socket",
                    "plain-logins-on-loopback", "idle-limit", "geometry", "displays", "control-socket",
                    "admin-group", "metrics").contains(key)) {
                throw new IllegalArgumentException("unknown setting " + key);
            }
        }
        Path state = Path.of(values.getOrDefault("state-dir", "/var/lib/sumac"));
        String port = values.getOrDefault("port", values.getOrDefault("tls-port", "5900"));
        String[] geometry = values.getOrDefault("geometry", "1024x768").split("x");
        String[] displays = values.getOrDefault("displays", "100-999").split("-");
        try {
            int p = Integer.parseInt(port);
            if (p < 0 || p > 65535) throw new IllegalArgumentException("port " + port + " outside 0..65535");
            if (geometry.length != 2) throw new IllegalArgumentException("geometry must be WIDTHxHEIGHT");
            int w = Integer.parseInt(geometry[0]), h = Integer.parseInt(geometry[1]);
            if (w < 64 || h < 64 || w > 8192 || h > 8192) throw new IllegalArgumentException("geometry outside 64..8192");
            if (displays.length != 2) throw new IllegalArgumentException("displays must be FIRST-LAST");
            int first = Integer.parseInt(displays[0].strip()), last = Integer.parseInt(displays[1].strip());
            if (first < 1 || last < first || last > 65535) throw new IllegalArgumentException("bad display range");
            return new ServiceConfig(values.getOrDefault("addr", "0.0.0.0"), p,
                    Path.of(values.getOrDefault("x509-dir", state.resolve("x509").toString())), state,
                    Path.of(values.getOrDefault("helper-socket", "/run/sumac/helper.sock")),
                    bool(values.getOrDefault("plain-logins-on-loopback", "false")),
                    duration(values.getOrDefault("idle-limit", "1h")), w, h, first, last,
                    Path.of(values.getOrDefault("control-socket", state.resolve("control.sock").toString())),
                    group(values.getOrDefault("admin-group", "")), metrics(values.getOrDefault("metrics", "off")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage(), e);
        }
    }

    public ServiceConfig withPort(int p) {
        return new ServiceConfig(address, p, x509Dir, stateDir, helperSocket, plainLoginsOnLoopback, idleLimit, width,
                height, firstDisplay, lastDisplay, controlSocket, adminGroup, metrics);
    }

    /** A group name as the system spells them (no spaces or separators), or empty for none. */
    private static String group(String s) {
        if (!s.isEmpty() && !s.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?")) {
            throw new IllegalArgumentException("admin-group: not a group name: " + s);
        }
        return s;
    }

    /**
     * Where the metrics endpoint listens, or null when it is off. A port alone means loopback: the figures name
     * users, so exposing them beyond the host is the operator's explicit choice.
     */
    private static InetSocketAddress metrics(String s) {
        String v = s.strip();
        if (v.isEmpty() || v.equalsIgnoreCase("off") || v.equalsIgnoreCase("no") || v.equalsIgnoreCase("false")) {
            return null;
        }
        int colon = v.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : v.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port;
        try {
            port = Integer.parseInt(v.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metrics: expected PORT or HOST:PORT, not " + s);
        }
        if (port < 0 || port > 65535 || host.isEmpty()) {
            throw new IllegalArgumentException("metrics: expected PORT or HOST:PORT, not " + s);
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a yes/no value: " + s);
        };
    }

    static Duration duration(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        char unit = v.isEmpty() ? 's' : v.charAt(v.length() - 1);
        long n = Long.parseLong(Character.isDigit(unit) ? v : v.substring(0, v.length() - 1));
        return switch (unit) {
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            case 's' -> Duration.ofSeconds(n);
            default -> {
                if (Character.isDigit(unit)) yield Duration.ofSeconds(n);
                throw new IllegalArgumentException("bad duration " + s + " (use s, m or h)");
            }
        };
    }
}
