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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The X client of the warm-up: draws what a terminal draws (text lines with ImageText8, scrolling with CopyArea,
 * clearing with PolyFillRectangle, a cursor block with PutImage) on a mapped window that has the input focus, and
 * reads the replies and events it gets, keys included. Little-endian, as the clients on this machine are.
 */
final class SyntheticXClient implements AutoCloseable {
    static final int COLUMNS = 80, LINE_HEIGHT = 13, CHAR_WIDTH = 6, ROWS = 40;

    private final SocketChannel socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Semaphore replies = new Semaphore(0);
    private final AtomicInteger keyPresses = new AtomicInteger(), errors = new AtomicInteger();
    private int nextId;
    private int window, text, clear;
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

    /** GetInputFocus, and waits for its reply: everything sent before it has been executed. */
    void roundTrip() throws IOException {
        begin(43, 0, 1);
        end();
        try {
            if (!replies.tryAcquire(10, TimeUnit.SECONDS)) throw new IOException("no reply in 10 s");
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
