package org.sumac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sumac sessions}' command line without a service: one-line errors, never a stack trace. */
class SessionsCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = SessionsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listWithoutARunningServiceSaysSoInOneLine() {
        Path socket = dir.resolve("control.sock");
        Run r = run("list", "--socket", socket.toString());
        assertEquals(1, r.code());
        assertEquals("sumac sessions: the service is not running (no control socket at " + socket + ")\n", r.err());
    }

    @Test
    void aSocketNobodyAnswersOnIsAServiceThatIsNotRunning() throws Exception {
        Path socket = dir.resolve("control.sock");
        // What a killed service leaves: the socket file, nobody listening.
        ServerSocketChannel left = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        left.bind(UnixDomainSocketAddress.of(socket));
        left.close();
        Run r = run("kill", "someone", "--socket", socket.toString());
        assertEquals(1, r.code());
        assertEquals("sumac sessions: the service is not running (nothing answers on " + socket + ")\n", r.err());
    }

    @Test
    void theControlSocketComesFromTheServiceConfig() throws Exception {
        Path socket = dir.resolve("elsewhere.sock"), config = dir.resolve("service.conf");
        Files.writeString(config, "control-socket = " + socket + "\n");
        Run r = run("list", "--config", config.toString());
        assertEquals(1, r.code());
        assertEquals("sumac sessions: the service is not running (no control socket at " + socket + ")\n", r.err());
    }

    @Test
    void aMissingWordOrAnExtraOneIsAUsageError() {
        assertEquals(2, run().code());
        assertEquals(2, run("kill").code());
        assertEquals(2, run("list", "extra").code());
        assertEquals(2, run("reboot").code());
        Run r = run("list", "--config", dir.resolve("none.conf").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
