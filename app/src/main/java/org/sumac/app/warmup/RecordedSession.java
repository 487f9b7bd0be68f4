package org.sumac.app.warmup;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * What a real X client sent on its connection, recorded by app/record-warmup-session, and replayed byte for byte
 * by the warm-up (issue 18). The synthetic client draws what a terminal draws, but a real one takes many paths it
 * does not (its start alone is ~360 requests of ~40 kinds: XKB, properties, fonts, colours, cursors): on a display
 * warmed only synthetically, the first real xterm run still made the JIT compile ~270 methods while the user
 * watched. The replay must be the first and only client of a fresh display, as the recording's was: then atoms,
 * resource ids and extension opcodes come out as they did, so its requests draw instead of failing (the server's
 * answers are read and dropped; errors are counted, and RecordedSessionTest checks there are none).
 */
final class RecordedSession {
    /** xterm (80x24, core fonts) printing 1,000 lines of text: its start, scrolling, and exit. */
    static final String XTERM = "xterm.x11.gz";

    /** What one replay got back. */
    record Answers(int replies, int events, int errors) { }

    private final String name;
    private final byte[] sent;

    private RecordedSession(String name, byte[] sent) {
        this.name = name;
        this.sent = sent;
    }

    /** Reads a recording from this package's resources. */
    static RecordedSession load(String name) throws IOException {
        try (InputStream raw = RecordedSession.class.getResourceAsStream(name)) {
            if (raw == null) throw new IOException("no recorded session " + name);
            try (var in = new GZIPInputStream(raw)) {
                return new RecordedSession(name, in.readAllBytes());
            }
        }
    }

    int size() {
        return sent.length;
    }

    /**
     * Connects to the X socket {@code socket}, sends the whole recording, and reads what the server answers until
     * it closes the connection, which it does after the last request (the recording ends where the client left).
     * Gives up after {@code limit}, closing the connection.
     */
    Answers replay(Path socket, Duration limit) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            var replies = new AtomicInteger();
            var events = new AtomicInteger();
            var errors = new AtomicInteger();
            Thread reader = Thread.ofPlatform().daemon().name("warmup-replay-reader").start(() -> {
                try {
                    readAnswers(new DataInputStream(Channels.newInputStream(channel)), replies, events, errors);
                } catch (IOException e) {
                    // closed by the server (the end of the replay) or by the time limit below
                }
            });
            try {
                channel.write(ByteBuffer.wrap(sent));
                channel.shutdownOutput();
                if (!reader.join(limit)) {
                    throw new IOException(name + ": not replayed within " + limit.toMillis() + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(name + ": replay interrupted");
            }
            return new Answers(replies.get(), events.get(), errors.get());
        }
    }

    /** The connection setup's answer, then 32-byte packets, replies and generic events with their extra length. */
    private static void readAnswers(DataInputStream in, AtomicInteger replies, AtomicInteger events,
                                    AtomicInteger errors) throws IOException {
        byte[] packet = new byte[32];
        in.readFully(packet, 0, 8);
        if (packet[0] != 1) {
            errors.incrementAndGet();
            return;
        }
        in.skipNBytes((ByteBuffer.wrap(packet).order(ByteOrder.LITTLE_ENDIAN).getShort(6) & 0xFFFF) * 4L);
        while (true) {
            in.readFully(packet);
            int type = packet[0] & 0x7F;
            if (type == 1 || type == 35) { // a reply or a generic event: more follows
                ByteBuffer header = ByteBuffer.wrap(packet).order(ByteOrder.LITTLE_ENDIAN);
                in.skipNBytes(Integer.toUnsignedLong(header.getInt(4)) * 4);
            }
            (type == 0 ? errors : type == 1 ? replies : events).incrementAndGet();
        }
    }
}
