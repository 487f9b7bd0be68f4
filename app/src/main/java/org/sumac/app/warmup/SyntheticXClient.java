package org.sumac.app.warmup;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The X client of the warm-up: draws what a terminal draws (text lines with ImageText8, scrolling with CopyArea,
 * clearing with PolyFillRectangle, a cursor block with PutImage) on a mapped window that has the input focus, and
 * reads the replies and events it gets, keys included. Its {@link #chores} are what a terminal asks while it starts
 * (fonts, atoms, properties, colours, cursors, grabs): a cold display spent a third of a second on xterm's start
 * alone. Little-endian, as the clients on this machine are.
 */
final class SyntheticXClient implements AutoCloseable {
    static final int COLUMNS = 80, LINE_HEIGHT = 13, CHAR_WIDTH = 6, ROWS = 40;

    private final SocketChannel socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Semaphore replies = new Semaphore(0);
    private final AtomicInteger keyPresses = new AtomicInteger(), errors = new AtomicInteger();
    private int nextId;
    private int window, text, clear, colormap, depth;
    /** Replies to requests sent since the last round trip, which waits for them too. */
    private int repliesDue;
    private final ByteBuffer request = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    SyntheticXClient(Path socketPath) throws IOException {
        socket = SocketChannel.open(UnixDomainSocketAddress.of(socketPath));
        in = new DataInputStream(Channels.newInputStream(socket));
        out = Channels.newOutputStream(socket);
    }

    /** Connection setup, then a terminal-sized window, mapped and focused, with a font and two GCs. */
    void setUp() throws IOException {
        out.write(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).put((byte) 'l').put((byte) 0)
            .putShort((short) 11).putShort((short) 0).array());
        byte[] head = new byte[8];
        in.readFully(head);
        ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        byte[] rest = new byte[(h.getShort(6) & 0xFFFF) * 4];
        in.readFully(rest);
        if (head[0] != 1) throw new IOException("connection setup refused");
        ByteBuffer s = ByteBuffer.wrap(rest).order(ByteOrder.LITTLE_ENDIAN);
        nextId = s.getInt(4);
        int vendorLength = s.getShort(16) & 0xFFFF, formats = s.get(21) & 0xFF;
        int screen = 32 + (vendorLength + 3) / 4 * 4 + 8 * formats;
        int root = s.getInt(screen), white = s.getInt(screen + 8), black = s.getInt(screen + 12);
        colormap = s.getInt(screen + 4);
        depth = s.get(screen + 38) & 0xFF;
        Thread.ofPlatform().daemon().name("warmup-x-reader").start(this::readAll);

        window = nextId++;
        int eventMask = 0x1 | 0x2 | 0x4 | 0x40 | 0x8000 | 0x20000; // keys, button, motion, exposure, structure
        begin(1, 0, 8 + 2).putInt(window).putInt(root).putShort((short) 10).putShort((short) 10)
            .putShort((short) (COLUMNS * CHAR_WIDTH)).putShort((short) (ROWS * LINE_HEIGHT)).putShort((short) 0)
            .putShort((short) 1).putInt(0).putInt(0x2 | 0x800).putInt(white).putInt(eventMask);
        end();
        begin(8, 0, 2).putInt(window);
        end();
        begin(42, 2, 3).putInt(window).putInt(0); // SetInputFocus, reverting to the parent
        end();
        int font = nextId++;
        byte[] fixed = "fixed".getBytes(StandardCharsets.ISO_8859_1);
        begin(45, 0, 3 + (fixed.length + 3) / 4).putInt(font).putShort((short) fixed.length).putShort((short) 0)
            .put(fixed);
        pad(fixed.length);
        end();
        text = nextId++;
        begin(55, 0, 4 + 4).putInt(text).putInt(window).putInt(0x4 | 0x8 | 0x4000 | 0x10000).putInt(black)
            .putInt(white).putInt(font).putInt(0); // foreground, background, font, no graphics exposures
        end();
        clear = nextId++;
        begin(55, 0, 4 + 2).putInt(clear).putInt(window).putInt(0x4 | 0x10000).putInt(white).putInt(0);
        end();
        roundTrip();
    }

    /** One terminal line: scroll up a line, clear the bottom one, draw its text and the cursor. */
    void line(int n) throws IOException {
        int width = COLUMNS * CHAR_WIDTH, height = ROWS * LINE_HEIGHT;
        begin(62, 0, 7).putInt(window).putInt(window).putInt(text).putShort((short) 0)
            .putShort((short) LINE_HEIGHT).putShort((short) 0).putShort((short) 0).putShort((short) width)
            .putShort((short) (height - LINE_HEIGHT));
        end();
        begin(70, 0, 3 + 2).putInt(window).putInt(clear).putShort((short) 0)
            .putShort((short) (height - LINE_HEIGHT)).putShort((short) width).putShort((short) LINE_HEIGHT);
        end();
        byte[] chars = (n + " the quick brown fox jumps over the lazy dog " + Integer.toHexString(n * 7919))
            .getBytes(StandardCharsets.ISO_8859_1);
        begin(76, chars.length, 4 + (chars.length + 3) / 4).putInt(window).putInt(text).putShort((short) 0)
            .putShort((short) (height - 3)).put(chars);
        pad(chars.length);
        end();
        // The cursor block: an image of one cell, 24-bit ZPixmap (4 bytes a pixel).
        int cells = CHAR_WIDTH * LINE_HEIGHT;
        ByteBuffer put = begin(72, 2, 6 + cells).putInt(window).putInt(text).putShort((short) CHAR_WIDTH)
            .putShort((short) LINE_HEIGHT).putShort((short) (chars.length * CHAR_WIDTH))
            .putShort((short) (height - LINE_HEIGHT)).put((byte) 0).put((byte) 24).putShort((short) 0);
        for (int i = 0; i < cells; i++) put.putInt(n * 31 + i);
        end();
    }

    /**
     * The fonts xterm opens as it starts (xtrace of `xterm -geometry 100x40`, Debian's xterm 3xx): its default
     * font and bold face, then the ISO 10646 ones for wide and double-width text, one of them scaled from a bitmap.
     * Each is opened and queried; four QueryFont replies are 768 KB. A display reads and scales them once
     * ({@link Warmup#beforeAccepting} opens them on the real one too).
     */
    static final List<String> XTERM_FONTS = List.of("nil2", "cursor", "fixed",
        "-Misc-Fixed-bold-R-*-*-13-120-75-75-C-60-ISO8859-1",
        "-Misc-Fixed-medium-R-*-*-13-120-75-75-C-120-ISO10646-1",
        "-Misc-Fixed-bold-R-*-*-13-120-75-75-C-120-ISO10646-1",
        "-misc-fixed-medium-r-semicondensed--13-120-75-75-c-60-iso10646-1",
        "-Misc-Fixed-bold-R-*-*-13-120-75-75-C-60-ISO10646-1");

    /**
     * What xterm asks while it starts, beside its drawing: its fonts (opened, queried, closed), glyph cursors from
     * the cursor font, atoms and properties (its title), colours, keyboard and modifier mappings, a pixmap, a line,
     * a cleared area and button grabs, each undone again. Xvfb and Xvnc answer them from C at once; a cold Sumac
     * took a third of a second for xterm's start. The large font replies go out every 20th call only.
     */
    void chores(int n) throws IOException {
        int cursorFont = 0;
        for (String name : XTERM_FONTS) {
            byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
            int font = nextId++;
            begin(45, 0, 3 + (bytes.length + 3) / 4).putInt(font).putShort((short) bytes.length)
                .putShort((short) 0).put(bytes);
            pad(bytes.length);
            end();
            if (n % 20 == 0 || !name.contains("10646")) {
                begin(47, 0, 2).putInt(font); // QueryFont
                end();
                repliesDue++;
            }
            if (name.equals("cursor")) cursorFont = font;
            else {
                begin(46, 0, 2).putInt(font); // CloseFont
                end();
            }
        }
        byte[] pattern = "-misc-fixed-bold-r-semicondensed--13-*".getBytes(StandardCharsets.ISO_8859_1);
        begin(49, 0, 2 + (pattern.length + 3) / 4).putShort((short) 4).putShort((short) pattern.length).put(pattern);
        pad(pattern.length);
        end();
        repliesDue++;
        // CreateGlyphCursor: XC_xterm (152) and its mask, black on white; set on the window, freed
        int cursor = nextId++;
        begin(94, 0, 8).putInt(cursor).putInt(cursorFont).putInt(cursorFont).putShort((short) (152 - 2 * (n % 4)))
            .putShort((short) (153 - 2 * (n % 4))).putShort((short) 0).putShort((short) 0).putShort((short) 0)
            .putShort((short) -1).putShort((short) -1).putShort((short) -1);
        end();
        begin(2, 0, 3 + 1).putInt(window).putInt(0x4000).putInt(cursor); // ChangeWindowAttributes: cursor
        end();
        begin(95, 0, 2).putInt(cursor); // FreeCursor
        end();
        begin(46, 0, 2).putInt(cursorFont);
        end();
        byte[] atomName = (n % 2 == 0 ? "WM_NAME" : "_NET_WM_NAME").getBytes(StandardCharsets.ISO_8859_1);
        begin(16, 0, 2 + (atomName.length + 3) / 4).putShort((short) atomName.length).putShort((short) 0)
            .put(atomName);
        pad(atomName.length);
        end();
        repliesDue++;
        byte[] title = ("xterm " + n).getBytes(StandardCharsets.ISO_8859_1);
        begin(18, 0, 6 + (title.length + 3) / 4).putInt(window).putInt(39).putInt(31).put((byte) 8) // WM_NAME, STRING
            .put((byte) 0).putShort((short) 0).putInt(title.length).put(title);
        pad(title.length);
        end();
        begin(20, 0, 6).putInt(window).putInt(39).putInt(0).putInt(0).putInt(64); // GetProperty WM_NAME, any type
        end();
        repliesDue++;
        for (int i = 0; i < 4; i++) {
            begin(84, 0, 4).putInt(colormap).putShort((short) ((n + i) * 257)).putShort((short) 0x8000)
                .putShort((short) (i * 0x4000)).putShort((short) 0); // AllocColor
            end();
            repliesDue++;
        }
        begin(101, 0, 2).put((byte) 8).put((byte) 248).putShort((short) 0); // GetKeyboardMapping
        end();
        repliesDue++;
        begin(119, 0, 1); // GetModifierMapping
        end();
        repliesDue++;
        int pixmap = nextId++;
        begin(53, depth, 4).putInt(pixmap).putInt(window).putShort((short) 16).putShort((short) 16); // CreatePixmap
        end();
        begin(54, 0, 2).putInt(pixmap); // FreePixmap
        end();
        begin(65, 0, 3 + 2).putInt(window).putInt(text).putShort((short) 0).putShort((short) (n % 40))
            .putShort((short) 40).putShort((short) (n % 40)); // PolyLine
        end();
        begin(61, 0, 4).putInt(window).putShort((short) 0).putShort((short) 0).putShort((short) 8)
            .putShort((short) 8); // ClearArea, no exposures
        end();
        // GrabButton 1-3 with Control on the window (ButtonPress|ButtonRelease, async), then UngrabButton
        for (int button = 1; button <= 3; button++) {
            begin(28, 1, 6).putInt(window).putShort((short) 0xC).put((byte) 1).put((byte) 1).putInt(0).putInt(0)
                .put((byte) button).put((byte) 0).putShort((short) 0x4);
            end();
            begin(29, button, 3).putInt(window).putShort((short) 0x4).putShort((short) 0);
            end();
        }
    }

    /** GetInputFocus, and waits for its reply: everything sent before it has been executed. */
    void roundTrip() throws IOException {
        begin(43, 0, 1);
        end();
        int due = repliesDue + 1;
        repliesDue = 0;
        try {
            if (!replies.tryAcquire(due, 10, TimeUnit.SECONDS)) throw new IOException("no reply in 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    int keyPresses() {
        return keyPresses.get();
    }

    int errors() {
        return errors.get();
    }

    private ByteBuffer begin(int opcode, int data, int words) {
        request.clear();
        return request.put((byte) opcode).put((byte) data).putShort((short) words);
    }

    private void pad(int length) {
        for (int i = length; i % 4 != 0; i++) request.put((byte) 0);
    }

    private void end() throws IOException {
        out.write(request.array(), 0, request.position());
    }

    /** Replies release {@link #roundTrip}; events are counted; errors too (a warm-up that errs is a bug). */
    private void readAll() {
        byte[] packet = new byte[32];
        try {
            while (true) {
                in.readFully(packet);
                int type = packet[0] & 0x7F;
                if (type == 1 || type == 35) {
                    long extra = Integer.toUnsignedLong(
                        ByteBuffer.wrap(packet).order(ByteOrder.LITTLE_ENDIAN).getInt(4)) * 4;
                    in.skipNBytes(extra);
                    if (type == 1) replies.release();
                } else if (type == 0) {
                    errors.incrementAndGet();
                } else if (type == 2) {
                    keyPresses.incrementAndGet();
                }
            }
        } catch (IOException e) {
            // closed: the warm-up is over
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
