package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sumac.app.desktop.ClipboardSpiceClient.CLIPBOARD;
import static org.sumac.app.desktop.ClipboardSpiceClient.IMAGE_PNG;
import static org.sumac.app.desktop.ClipboardSpiceClient.PRIMARY;
import static org.sumac.app.desktop.ClipboardSpiceClient.UTF8_TEXT;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;

/**
 * Copy and paste through the built-in agent, with spice-gtk as the client and xclip as the X clients: text (with
 * non-ASCII) both ways in CLIPBOARD and PRIMARY, 10 MB of text (INCR on the X side), a PNG image both ways, and the
 * bad inputs (oversize, never answered, a grab flood), each costing one log line while the desktop goes on.
 */
@Timeout(300)
class SpiceClipboardTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TEXT = "Grüße aus Sumac — 日本語 ✓ ½\nsecond line\ttabbed\n\nlast line, no newline";

    private SumacProcess sumac;
    private ClipboardSpiceClient client;
    private Path dir;

    @BeforeEach
    void start() throws IOException {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xclip");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1",
            "--disable-ticketing");
        client = ClipboardSpiceClient.connect(port);
        dir = Files.createDirectories(TestOutput.dir("clipboard").resolve("run-" + System.nanoTime()));
    }

    @AfterEach
    void stop() {
        if (client != null) client.close();
        if (sumac != null) sumac.close();
    }

    @Test
    void textCopiedWithXclipArrivesAtTheClientExactlyInBothSelections() throws IOException {
        byte[] clip = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] primary = ("PRIMARY: " + TEXT).getBytes(StandardCharsets.UTF_8);
        xclipIn("clipboard", "UTF8_STRING", file("clip.txt", clip));
        client.await("GRAB 0 1", TIMEOUT);
        assertArrayEquals(clip, clientReads(CLIPBOARD, UTF8_TEXT), "CLIPBOARD as the client got it");
        xclipIn("primary", "UTF8_STRING", file("primary.txt", primary));
        client.await("GRAB 1 1", TIMEOUT);
        assertArrayEquals(primary, clientReads(PRIMARY, UTF8_TEXT), "PRIMARY as the client got it");
        sumac.assertAlive();
    }

    @Test
    void textTheClientGrabsIsReadByXclipExactlyInBothSelections() throws IOException {
        byte[] clip = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] primary = ("PRIMARY: " + TEXT).getBytes(StandardCharsets.UTF_8);
        client.grab(CLIPBOARD, UTF8_TEXT, file("clip.txt", clip));
        assertArrayEquals(clip, xclipOut("clipboard", "UTF8_STRING"), "CLIPBOARD as xclip read it");
        client.grab(PRIMARY, UTF8_TEXT, file("primary.txt", primary));
        assertArrayEquals(primary, xclipOut("primary", "UTF8_STRING"), "PRIMARY as xclip read it");
        // STRING is Latin-1 (ICCCM): what Latin-1 has arrives, the rest as '?'
        assertArrayEquals(TEXT.getBytes(StandardCharsets.ISO_8859_1), xclipOut("clipboard", "STRING"), "as STRING");
        String targets = new String(xclipOut("clipboard", "TARGETS"), StandardCharsets.UTF_8);
        assertTrue(targets.contains("UTF8_STRING") && targets.contains("text/plain;charset=utf-8"), targets);
    }

    @Test
    void textTheClientGrabsAsPrimaryIsPastedIntoXtermWithTheMiddleButton() throws IOException {
        SpiceClientSupport.assumeInstalled("xterm", "xdotool");
        String text = "pasted: Grüße — 日本語 ✓\nsecond line\n";
        Path out = dir.resolve("xterm-paste.txt");
        try (XClients.Running xterm = XClients.start(sumac, "sh", "-c", "LC_ALL=C.UTF-8 exec xterm -u8 -T xterm -geometry"
                 + " 60x10+0+0 -e sh -c 'stty -echo; cat > " + out + "'")) {
            DesktopScreenTest.awaitWindow(sumac, "xterm");
            client.grab(PRIMARY, UTF8_TEXT, file("paste.txt", text.getBytes(StandardCharsets.UTF_8)));
            awaitOwner("primary");
            XClients.run(sumac, TIMEOUT, "sh", "-c", "xdotool mousemove 100 60 click 2").assertSuccess();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            // xterm pastes newlines as CR; the terminal turns them back into the LF cat reads
            while (System.nanoTime() < deadline && (!Files.exists(out) || Files.size(out) < text.getBytes(
                    StandardCharsets.UTF_8).length)) {
                sleep(100);
            }
            assertEquals(text, Files.readString(out, StandardCharsets.UTF_8), "what xterm pasted");
            assertTrue(xterm.isAlive(), xterm.stderr());
        }
    }

    @Test
    void aGtkEntryCopiesToTheClientAndPastesFromItExactly() throws IOException {
        SpiceClientSupport.assumeGtkFromPython();
        String copied = "GTK copy: Grüße — 日本語 ✓";
        Path script = file("gtk_entry.py", GTK_ENTRY.getBytes(StandardCharsets.UTF_8));
        try (XClients.Running gtk = XClients.start(sumac, "sh", "-c", "NO_AT_BRIDGE=1 GDK_BACKEND=x11 exec "
                 + "/usr/bin/python3 " + script + " copy " + hex(copied.getBytes(StandardCharsets.UTF_8)))) {
            gtk.awaitStdout("COPIED", TIMEOUT);
            client.await("GRAB 0 1", TIMEOUT);
            assertArrayEquals(copied.getBytes(StandardCharsets.UTF_8), clientReads(CLIPBOARD, UTF8_TEXT),
                "what the GTK entry copied, as the client got it");
        }
        byte[] pasted = "GTK paste: ½ — 世界 ✓".getBytes(StandardCharsets.UTF_8);
        client.grab(CLIPBOARD, UTF8_TEXT, file("gtk-paste.txt", pasted));
        awaitOwner("clipboard");
        try (XClients.Running gtk = XClients.start(sumac, "sh", "-c", "NO_AT_BRIDGE=1 GDK_BACKEND=x11 exec "
                 + "/usr/bin/python3 " + script + " paste")) {
            gtk.awaitStdout("TEXT ", TIMEOUT);
            String line = gtk.stdout().lines().filter(l -> l.startsWith("TEXT ")).findFirst().orElseThrow();
            assertEquals(hex(pasted), line.substring(5).trim(), "what the GTK entry pasted (UTF-8, hex)");
        }
    }

    /** A GTK entry that copies its text to CLIPBOARD (copy HEX) or pastes CLIPBOARD into itself (paste). */
    private static final String GTK_ENTRY = """
        import sys
        import gi
        gi.require_version('Gtk', '3.0')
        from gi.repository import Gtk, GLib
        mode = sys.argv[1]
        w = Gtk.Window(title='entry')
        e = Gtk.Entry()
        w.add(e)
        w.show_all()
        def start():
            if mode == 'copy':
                e.set_text(bytes.fromhex(sys.argv[2]).decode('utf-8'))
                e.select_region(0, -1)
                e.copy_clipboard()
                print('COPIED', flush=True)
            else:
                e.paste_clipboard()
                GLib.timeout_add(50, report)
            return False
        def report():
            if not e.get_text():
                return True
            print('TEXT ' + e.get_text().encode('utf-8').hex(), flush=True)
            return False
        GLib.timeout_add(200, start)
        GLib.timeout_add(60000, Gtk.main_quit)
        Gtk.main()
        """;

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }

    @Test
    void tenMegabytesOfTextCrossBothWaysThroughIncr() throws IOException {
        byte[] big = bigText(10 << 20, 1);
        xclipIn("clipboard", "UTF8_STRING", file("big-x.txt", big));
        client.await("GRAB 0 1", TIMEOUT);
        long t0 = System.nanoTime();
        assertArrayEquals(big, clientReads(CLIPBOARD, UTF8_TEXT), "10 MB from X to the client");
        long xToClient = (System.nanoTime() - t0) / 1_000_000;
        byte[] big2 = bigText(10 << 20, 2);
        client.grab(CLIPBOARD, UTF8_TEXT, file("big-client.txt", big2));
        long t1 = System.nanoTime();
        assertArrayEquals(big2, xclipOut("clipboard", "UTF8_STRING"), "10 MB from the client to X");
        long clientToX = (System.nanoTime() - t1) / 1_000_000;
        System.out.println("clipboard 10 MB: X to client " + xToClient + " ms, client to X " + clientToX
            + " ms; Sumac's resident memory after both " + sumac.residentMemoryKb() / 1024 + " MiB");
    }

    @Test
    void aPngImageCrossesBothWaysWithTheSameBytes() throws IOException {
        byte[] png = png();
        xclipIn("clipboard", "image/png", file("x.png", png));
        client.await("GRAB 0 2", TIMEOUT);
        assertArrayEquals(png, clientReads(CLIPBOARD, IMAGE_PNG), "the PNG as the client got it");
        client.grab(CLIPBOARD, IMAGE_PNG, file("client.png", png));
        assertArrayEquals(png, xclipOut("clipboard", "image/png"), "the PNG as xclip read it");
        BufferedImage read = ImageIO.read(dir.resolve("xclip-out.bin").toFile());
        assertEquals(0xFF3366CC, read.getRGB(5, 7), "a pixel of the image read back");
    }

    @Test
    void oversizeNeverAnsweredAndFloodedClipboardsCostOneLogLineEachAndTheDesktopGoesOn() throws IOException {
        // a clipboard over the 15 MiB limit, from the client: the X requestor is refused
        client.grab(CLIPBOARD, UTF8_TEXT, file("huge.txt", bigText(16 << 20, 3)));
        awaitOwner("clipboard");
        XClients.Result r = XClients.run(sumac, TIMEOUT, "sh", "-c",
            "xclip -o -selection clipboard -t UTF8_STRING > " + dir.resolve("huge-out.bin"));
        assertTrue(r.exitCode() != 0, "xclip got an oversize clipboard: " + r);
        awaitLog("over the clipboard limit", 1);

        // from X: the client's request is answered with nothing
        xclipIn("clipboard", "UTF8_STRING", file("huge-x.txt", bigText(16 << 20, 4)));
        client.await("GRAB 0 1", TIMEOUT);
        String data = client.request(CLIPBOARD, UTF8_TEXT, dir.resolve("huge-client.bin"), TIMEOUT);
        assertTrue(data.endsWith(" 0"), "the client got no data: " + data);
        awaitLog("over the limit", 1);

        // a client that never answers: the X requestor is refused after the timeout
        client.grabAndIgnore(PRIMARY, UTF8_TEXT);
        awaitOwner("primary");
        long t0 = System.nanoTime();
        r = XClients.run(sumac, Duration.ofSeconds(40), "sh", "-c", "xclip -o -selection primary -t UTF8_STRING");
        assertTrue(r.exitCode() != 0 && !r.timedOut(), "xclip was refused: " + r);
        System.out.println("never answered: xclip refused after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        awaitLog("did not send", 1);

        // a flood of grabs: bounded, one line, and the latest grab is what X sees
        byte[] last = "after the flood ✓".getBytes(StandardCharsets.UTF_8);
        client.flood(CLIPBOARD, UTF8_TEXT, file("flood.txt", last), 2000);
        awaitLog("faster than", 1);
        assertArrayEquals(last, xclipOut("clipboard", "UTF8_STRING"), "the clipboard after the flood");
        sumac.assertAlive();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Path file(String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }

    /** xclip takes the selection with a file's bytes and stays in the background to serve it. */
    private void xclipIn(String selection, String target, Path data) {
        XClients.run(sumac, TIMEOUT, "xclip", "-selection", selection, "-t", target, "-i", data.toString())
            .assertSuccess();
    }

    /** xclip -o's bytes, retried until the selection has an owner that gives them (the client's grab is async). */
    private byte[] xclipOut(String selection, String target) throws IOException {
        Path out = dir.resolve("xclip-out.bin");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        XClients.Result r;
        do {
            r = XClients.run(sumac, TIMEOUT, "sh", "-c", "xclip -o -selection " + selection + " -t '" + target
                + "' > " + out);
            if (r.exitCode() == 0) return Files.readAllBytes(out);
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("xclip -o " + selection + " " + target + ": " + r);
    }

    /** Waits until X has an owner of the selection that offers text (the client's grab arrived). */
    private void awaitOwner(String selection) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            XClients.Result r = XClients.run(sumac, TIMEOUT, "xclip", "-o", "-selection", selection, "-t", "TARGETS");
            if (r.exitCode() == 0 && r.stdout().contains("UTF8_STRING")) return;
            sleep(100);
        }
        throw new AssertionError("no owner of " + selection);
    }

    private byte[] clientReads(int selection, int type) throws IOException {
        Path into = dir.resolve("client-" + selection + "-" + System.nanoTime() + ".bin");
        String line = client.request(selection, type, into, Duration.ofSeconds(60));
        assertTrue(line.startsWith("DATA " + selection + " " + type + " "), line);
        return Files.readAllBytes(into);
    }

    /** Waits until the server's log has {@code count} lines containing {@code text}, then checks there are no more. */
    private void awaitLog(String text, int count) throws IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long n = 0;
        while (System.nanoTime() < deadline) {
            n = Files.readAllLines(sumac.logFile(), StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).count();
            if (n >= count) break;
            sleep(100);
        }
        sleep(300);
        n = Files.readAllLines(sumac.logFile(), StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).count();
        assertEquals(count, n, "log lines with '" + text + "': " + sumac.logTail());
    }

    /** Lines of text with non-ASCII characters, {@code size} bytes of UTF-8 (cut at a character boundary). */
    private static byte[] bigText(int size, long seed) {
        Random random = new Random(seed);
        String[] words = {"alpha", "Grüße", "日本語", "—", "x", "½", "tab\t", "ok"};
        StringBuilder sb = new StringBuilder(size + 64);
        int bytes = 0;
        while (bytes < size) {
            String w = random.nextInt(12) == 0 ? "\n" : words[random.nextInt(words.length)] + " ";
            sb.append(w);
            bytes += w.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 48; y++) for (int x = 0; x < 64; x++) img.setRGB(x, y, 0xFF000000 | (x * 4 << 16) | (y * 5 << 8) | 0x40);
        img.setRGB(5, 7, 0xFF3366CC);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
