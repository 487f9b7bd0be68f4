package org.sumac.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.SessionsCommand;
import org.sumac.app.service.ServiceLoginTest.Result;
import org.sumac.app.testing.DisplayNumbers;
import org.sumac.app.testing.TestOutput;
import org.sumac.sessions.HelperClient;
import org.sumac.sessions.Service;
import org.sumac.sessions.ServiceConfig;

/**
 * Issue 15, administration (acceptance 4): {@code sumac sessions list/kill} over the control socket, who may use
 * it, and the metrics endpoint, on a service with real logins (stock spice-gtk, SASL PLAIN over TLS) as
 * ServiceLoginTest sets it up: accounts the test makes, the helper as root, PAM service {@code sumac}. Two more
 * accounts try the control socket: one in the service's admin group, one not. Runs as root (as CI); skipped
 * elsewhere.
 */
@Timeout(300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceAdminTest {
    static final Duration CLIENT_WAIT = Duration.ofSeconds(60);
    /** Asks the control socket as whoever runs it: prints the answer, or EACCES when the file's mode refuses. */
    static final String ASK = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX)
            try:
                s.connect(sys.argv[1])
            except PermissionError:
                print("EACCES"); sys.exit(3)
            s.sendall(b"list\\n"); s.shutdown(socket.SHUT_WR)
            print(s.makefile().read(), end="")
            """;

    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final List<String> users = new ArrayList<>();
    private final List<LoginClient> clients = new ArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private PrintStream stderr;
    private String group, member, stranger;
    private Path dir, control;
    private Process helper;
    private HelperClient helperClient;
    private Service service;
    private int port;

    @BeforeAll
    void startServiceWithAdminGroupAndMetrics() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "makes system accounts: runs as root (as CI)");
        for (String program : List.of("/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/chpasswd",
                "/usr/sbin/runuser", "/usr/bin/xterm", "/usr/bin/xauth", "/usr/bin/python3")) {
            assumeTrue(Files.isExecutable(Path.of(program)), program + " is missing");
        }
        assumeTrue(ServiceLoginTest.run(List.of("/usr/bin/python3", "-c", "import gi; gi.require_version("
                + "'SpiceClientGLib', '2.0'); from gi.repository import SpiceClientGLib")).exit() == 0,
                "SpiceClientGLib for python3 is missing");
        // The service's log lines, as an operator reads them (slf4j-simple writes to System.err as it is now).
        stderr = System.err;
        System.setErr(new PrintStream(new java.io.OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                stderr.write(b);
                if (b == '\n') {
                    log.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8));
        dir = TestOutput.dir("service-admin-" + System.nanoTime());
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (!Files.exists(Path.of("/etc/pam.d/sumac"))) Files.copy(ServiceLoginTest.PAM_FILE, Path.of("/etc/pam.d/sumac"));
        SecureRandom random = new SecureRandom();
        String tag = HexFormat.of().formatHex(random.generateSeed(3));
        group = "smcadm" + tag;
        assertEquals(0, ServiceLoginTest.run(List.of("/usr/sbin/groupadd", group)).exit(), "groupadd");
        for (String letter : List.of("a", "b", "m", "n")) {
            String user = "smc" + tag + letter;
            List<String> add = new ArrayList<>(List.of("/usr/sbin/useradd", "-m", "-s", "/bin/sh"));
            if (letter.equals("m")) add.addAll(List.of("-G", group));
            add.add(user);
            Result r = ServiceLoginTest.run(add);
            assertEquals(0, r.exit(), "useradd " + user + ": " + r.out());
            users.add(user);
            String password = "pw-" + HexFormat.of().formatHex(random.generateSeed(6)) + "!" + letter;
            passwords.put(user, password);
            r = ServiceLoginTest.run(List.of("/usr/sbin/chpasswd"), user + ":" + password + "\n");
            assertEquals(0, r.exit(), "chpasswd: " + r.out());
        }
        member = users.get(2);
        stranger = users.get(3);
        Path socket = dir.resolve("helper.sock");
        helper = new ProcessBuilder("/usr/bin/python3", ServiceLoginTest.HELPER.toString(), "--socket",
                socket.toString(), "--allow-uid", "0", "--session-command", "exec xterm -geometry 40x6+0+0")
                .redirectErrorStream(true).redirectOutput(dir.resolve("helper.log").toFile()).start();
        for (int i = 0; i < 100 && !Files.exists(socket); i++) Thread.sleep(50);
        helperClient = HelperClient.connect(socket);
        int first = DisplayNumbers.findFree();
        port = freePort();
        control = dir.resolve("run").resolve("control.sock");
        ServiceConfig config = ServiceConfig.parse(Map.of("addr", "127.0.0.1", "port", String.valueOf(port),
                "state-dir", dir.resolve("state").toString(), "displays", first + "-" + Math.min(first + 80, 999),
                "geometry", "640x480", "idle-limit", "10m", "control-socket", control.toString(),
                "admin-group", group, "metrics", "0"));
        service = new Service(config, helperClient, org.sumac.app.ServiceCommand.displays());
        service.start();
    }

    @AfterAll
    void stopServiceAndRemoveAccounts() throws Exception {
        for (LoginClient c : clients) c.close();
        List<Long> sessions = new ArrayList<>();
        if (service != null) {
            for (Service.UserDesktop d : service.desktops()) sessions.add(d.sessionPid());
            service.close();
        }
        for (long pid : sessions) {
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join());
        }
        if (helperClient != null) helperClient.close();
        if (helper != null) {
            helper.destroy();
            helper.waitFor(10, TimeUnit.SECONDS);
        }
        for (String user : users) ServiceLoginTest.run(List.of("/usr/sbin/userdel", "-f", "-r", user));
        if (group != null) ServiceLoginTest.run(List.of("/usr/sbin/groupdel", group));
        if (stderr != null) System.setErr(stderr);
    }

    private LoginClient login(String user, String password) {
        LoginClient c = LoginClient.start(port, service.caFile(), user, password, false);
        clients.add(c);
        return c;
    }

    private LoginClient loginReady(String user) {
        LoginClient c = login(user, passwords.get(user));
        String answer = c.await(CLIENT_WAIT, "READY", "ERROR", "CLOSED", "TIMEOUT", "EOF");
        assertEquals("READY", answer, user + ": " + c.seen + c.stderrText());
        return c;
    }

    @Test
    @Order(1)
    void theMetricsEndpointIsOnLoopbackAndItsFiguresChangeAfterALogin() throws Exception {
        var address = service.metricsAddress().orElseThrow();
        assertTrue(address.getAddress().isLoopbackAddress(), "a port alone listens on loopback: " + address);
        String before = scrape();
        assertEquals(0, figure(before, "sumac_desktops"), before);
        assertEquals(0, figure(before, "sumac_logins_total{result=\"ok\"}"), before);
        assertTrue(figure(before, "sumac_jvm_heap_used_bytes") > 0, before);
        String a = users.getFirst();
        loginReady(a);
        LoginClient wrong = login(a, "not-" + passwords.get(a));
        assertNotNull(wrong.await(CLIENT_WAIT, "ERROR"), "a wrong password got in: " + wrong.seen);
        int display = service.desktopOf(a).orElseThrow().display();
        String labels = "{user=\"" + a + "\",display=\":" + display + "\"}";
        String after = scrape();
        for (int i = 0; i < 40 && figure(after, "sumac_desktop_clients" + labels) < 1; i++) {
            Thread.sleep(250); // the session listener hears of the client on the network thread
            after = scrape();
        }
        assertEquals(1, figure(after, "sumac_desktops"), after);
        assertEquals(1, figure(after, "sumac_logins_total{result=\"ok\"}"), after);
        assertEquals(1, figure(after, "sumac_logins_total{result=\"failed\"}"), after);
        assertEquals(1, figure(after, "sumac_desktop_clients" + labels), after);
        assertEquals(1, figure(after, "sumac_clients_connected"), after);
        assertTrue(figure(after, "sumac_desktop_bytes_sent_total" + labels) > 10_000, "a first frame was sent: " + after);
        assertTrue(figure(after, "sumac_bytes_sent_total") >= figure(after, "sumac_desktop_bytes_sent_total" + labels));
        assertTrue(get("/").startsWith("HTTP/1.1 404"), "only /metrics answers");
    }

    @Test
    @Order(2)
    void sessionsListShowsEachDesktopWithItsUserDisplayClientsAndBytes() throws Exception {
        String a = users.get(0), b = users.get(1);
        loginReady(b);
        Out list = sessions("list");
        assertEquals(0, list.exit(), list.err());
        int da = service.desktopOf(a).orElseThrow().display(), db = service.desktopOf(b).orElseThrow().display();
        assertTrue(list.out().startsWith("USER"), list.out());
        for (String line : List.of(a + " +:" + da + " ", b + " +:" + db + " ")) {
            Matcher m = Pattern.compile("(?m)^" + line + " *\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +1 +[0-9.]+ (KiB|MiB) +-$")
                    .matcher(list.out());
            assertTrue(m.find(), "no line " + line + "with one client, bytes and no idle time in:\n" + list.out());
        }
        assertEquals(3, list.out().lines().count(), list.out());
    }

    @Test
    @Order(3)
    void aMemberOfTheAdminGroupMayListAndAnyoneElseIsRefusedWithOneLogLine() throws Exception {
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(control)));
        assertEquals(group, Files.readAttributes(control, java.nio.file.attribute.PosixFileAttributes.class)
                .group().getName());
        Result asMember = ask(member);
        assertEquals(0, asMember.exit(), asMember.out());
        assertTrue(asMember.out().startsWith("ok\n") && asMember.out().contains(users.getFirst() + "\t"),
                "the admin group's member lists the desktops: " + asMember.out());
        Result byMode = ask(stranger);
        assertEquals("EACCES", byMode.out().strip(), "the socket file's mode lets a stranger in");
        // Should the file's mode be loosened, the peer's credentials still keep the stranger out.
        Files.setPosixFilePermissions(control, PosixFilePermissions.fromString("rw-rw-rw-"));
        try {
            int logged = refusals();
            Result byCredentials = ask(stranger);
            assertTrue(byCredentials.out().startsWith("error permission denied"), byCredentials.out());
            assertFalse(byCredentials.out().contains(users.getFirst()), "a stranger saw who is logged in");
            for (int i = 0; i < 20 && refusals() == logged; i++) Thread.sleep(50);
            Thread.sleep(200);
            assertEquals(logged + 1, refusals(), "one log line for the refusal: " + log);
        } finally {
            Files.setPosixFilePermissions(control, PosixFilePermissions.fromString("rw-rw----"));
        }
    }

    @Test
    @Order(4)
    void killingADesktopEndsItsSessionFreesItsDisplayAndTheNextLoginGetsANewOne() throws Exception {
        String b = users.get(1);
        Service.UserDesktop desktop = service.desktopOf(b).orElseThrow();
        long pid = desktop.sessionPid();
        int display = desktop.display();
        assertTrue(ProcessHandle.of(pid).isPresent(), "the session runs before the kill");
        LoginClient client = clients.stream().filter(c -> c.seen.contains("READY")).toList().getLast();
        Out kill = sessions("kill", b);
        assertEquals(0, kill.exit(), kill.err());
        assertEquals("sumac sessions: ended the desktop :" + display + " of " + b, kill.out().strip());
        assertNotNull(client.await(Duration.ofSeconds(20), "CLOSED", "ERROR", "EOF"), "the client stayed: " + client.seen);
        for (int i = 0; i < 200 && ProcessHandle.of(pid).isPresent(); i++) Thread.sleep(50);
        assertTrue(ProcessHandle.of(pid).isEmpty(), "the killed desktop's session still runs");
        for (int i = 0; i < 200 && !processesOf(b).isEmpty(); i++) Thread.sleep(50);
        assertEquals(List.of(), processesOf(b), "processes of " + b + " outlived the kill");
        assertTrue(service.desktopOf(b).isEmpty(), "the desktop is still listed");
        assertFalse(Files.exists(Path.of("/tmp/.X11-unix/X" + display)), "the display's socket is still there");
        assertFalse(sessions("list").out().contains(b), "list still shows the killed desktop");
        assertEquals(1, log.stream().filter(l -> l.contains("kill: desktop :" + display + " of " + b)).count(), log.toString());
        loginReady(b);
        Service.UserDesktop next = service.desktopOf(b).orElseThrow();
        assertNotEquals(pid, next.sessionPid(), "the next login got the old session");
        assertTrue(ProcessHandle.of(next.sessionPid()).isPresent());
    }

    @Test
    @Order(5)
    void killTakesADisplayAndAnUnknownTargetIsAOneLineError() throws Exception {
        String a = users.getFirst();
        int display = service.desktopOf(a).orElseThrow().display();
        Out unknown = sessions("kill", "nobody-" + a);
        assertEquals(1, unknown.exit());
        assertEquals("sumac sessions: no desktop of user or on display nobody-" + a, unknown.err().strip());
        Out kill = sessions("kill", ":" + display);
        assertEquals(0, kill.exit(), kill.err());
        assertTrue(kill.out().contains(" of " + a), kill.out());
        for (int i = 0; i < 100 && service.desktopOf(a).isPresent(); i++) Thread.sleep(50);
        assertTrue(service.desktopOf(a).isEmpty());
        String text = scrape();
        assertEquals(1, figure(text, "sumac_desktops"), text);
    }

    @Test
    @Order(6)
    void theServiceLogsOneLinePerLoginTakeoverAndLogout() throws Exception {
        String b = users.get(1);
        int display = service.desktopOf(b).orElseThrow().display();
        LoginClient first = clients.stream().filter(c -> c.seen.contains("READY")).toList().getLast();
        int before = log.size();
        LoginClient second = loginReady(b);
        assertNotNull(first.await(Duration.ofSeconds(20), "CLOSED", "ERROR", "EOF"), "not taken over");
        second.close();
        for (int i = 0; i < 100 && log.subList(before, log.size()).stream().noneMatch(l -> l.contains("logout:")); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        List<String> lines = log.subList(before, log.size()).stream()
                .filter(l -> l.contains("Service - ")).toList();
        assertEquals(2, lines.size(), "takeover and logout: " + lines);
        assertTrue(lines.get(0).contains("takeover: " + b + " from 127.0.0.1:") && lines.get(0).contains(":" + display),
                lines.get(0));
        assertTrue(lines.get(1).contains("logout: " + b + " from 127.0.0.1:"), lines.get(1));
        int killed = 0;
        for (int i = 0; i < log.size(); i++) if (log.get(i).contains("kill: desktop :" + display + " of " + b)) killed = i;
        assertEquals(1, log.subList(killed, log.size()).stream().filter(l -> l.contains("login: " + b + " from 127.0.0.1:")
                && l.contains("on new desktop :" + display)).count(), "the login after the kill: " + log);
    }

    private static List<String> processesOf(String user) {
        return ProcessHandle.allProcesses().filter(p -> p.info().user().orElse("").equals(user))
                .map(p -> p.pid() + " " + p.info().command().orElse("?")).toList();
    }

    private int refusals() {
        return (int) log.stream().filter(l -> l.contains("control socket: refused user " + stranger)).count();
    }

    private Result ask(String user) {
        return ServiceLoginTest.run(List.of("/usr/sbin/runuser", "-u", user, "--", "/usr/bin/python3", "-c", ASK,
                control.toString()));
    }

    record Out(int exit, String out, String err) {}

    private Out sessions(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of("--socket", control.toString()));
        int exit = SessionsCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Out(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String scrape() throws Exception {
        String r = get("/metrics");
        assertTrue(r.startsWith("HTTP/1.1 200"), r);
        int end = r.indexOf("\r\n\r\n");
        assertTrue(r.substring(0, end).toLowerCase(java.util.Locale.ROOT)
                .contains("content-type: text/plain; version=0.0.4"), r);
        return r.substring(end + 4);
    }

    /** The whole answer (status line, headers, body) to a GET of {@code path} on the metrics endpoint. */
    private String get(String path) throws Exception {
        var address = service.metricsAddress().orElseThrow();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", address.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The value of the sample {@code name} (with its labels), or -1 when the text has none. */
    private static double figure(String text, String name) {
        for (String line : text.lines().toList()) {
            if (line.startsWith(name + " ")) return Double.parseDouble(line.substring(name.length() + 1));
        }
        return -1;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
