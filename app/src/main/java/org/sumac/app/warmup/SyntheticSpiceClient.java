package org.sumac.app.warmup;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import org.sumac.spice.wire.Spice;

/**
 * The SPICE client of the warm-up: links the main, display and inputs channels as spice-gtk does, reads and
 * acknowledges every display message (so frames are built and encoded as for a real viewer) and types keys.
 */
final class SyntheticSpiceClient implements AutoCloseable {
    private static final int MAGIC = 0x51444552; // "REDQ"

    private final InetSocketAddress server;
    private final String ticket;
    private final AtomicInteger displayMessages = new AtomicInteger();
    private Channel main, display, inputs;

    SyntheticSpiceClient(InetSocketAddress server, String ticket) {
        this.server = server;
        this.ticket = ticket;
    }

    /** Links the three channels; the display channel is read on a thread of its own from here on. */
    void connect() throws IOException, GeneralSecurityException {
        main = link(0, Spice.CHANNEL_MAIN);
        ByteBuffer init = main.readUntil(Spice.MSG_MAIN_INIT);
        int session = init.getInt(0);
        main.send(Spice.MSGC_MAIN_ATTACH_CHANNELS, new byte[0]);
        display = link(session, Spice.CHANNEL_DISPLAY, 1 << Spice.DISPLAY_CAP_MONITORS_CONFIG
            | 1 << Spice.DISPLAY_CAP_LZ4_COMPRESSION | 1 << Spice.DISPLAY_CAP_PREF_COMPRESSION);
        // pixmap cache id, its size in pixels, GLZ dictionary id and window: what spice-gtk sends
        display.send(Spice.MSGC_DISPLAY_INIT, ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN)
            .put((byte) 1).putLong(20L << 20).put((byte) 1).putInt(8 << 20).array());
        inputs = link(session, Spice.CHANNEL_INPUTS, 1 << Spice.INPUTS_CAP_KEY_SCANCODE);
        Thread.ofPlatform().daemon().name("warmup-spice-reader").start(() -> readAll(display));
        Thread.ofPlatform().daemon().name("warmup-spice-main").start(() -> readAll(main));
        Thread.ofPlatform().daemon().name("warmup-spice-inputs").start(() -> readAll(inputs));
    }

    /** Presses and releases one key by its PC scancode (set 1), as spice-gtk's key events do. */
    void typeKey(int scancode) throws IOException {
        inputs.send(Spice.MSGC_INPUTS_KEY_DOWN, u32(scancode));
        inputs.send(Spice.MSGC_INPUTS_KEY_UP, u32(scancode | 0x80));
    }

    /** Moves the pointer by a relative step (server mouse mode). */
    void movePointer(int dx, int dy) throws IOException {
        inputs.send(Spice.MSGC_INPUTS_MOUSE_MOTION, ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN)
            .putInt(dx).putInt(dy).putShort((short) 0).array());
    }

    int displayMessages() {
        return displayMessages.get();
    }

    private static byte[] u32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    private Channel link(int session, int type, int... channelCaps) throws IOException, GeneralSecurityException {
        Socket s = new Socket();
        s.connect(server, 5000);
        s.setSoTimeout(10_000);
        s.setTcpNoDelay(true);
        Channel c = new Channel(s);
        int size = 18 + 4 + 4 * channelCaps.length;
        ByteBuffer m = ByteBuffer.allocate(16 + size).order(ByteOrder.LITTLE_ENDIAN);
        m.putInt(MAGIC).putInt(2).putInt(2).putInt(size);
        m.putInt(session).put((byte) type).put((byte) 0).putInt(1).putInt(channelCaps.length).putInt(18);
        m.putInt(1 << Spice.COMMON_CAP_AUTH_SELECTION | 1 << Spice.COMMON_CAP_AUTH_SPICE
            | 1 << Spice.COMMON_CAP_MINI_HEADER);
        for (int cap : channelCaps) m.putInt(cap);
        c.out.write(m.array());
        ByteBuffer header = ByteBuffer.wrap(c.read(16)).order(ByteOrder.LITTLE_ENDIAN);
        if (header.getInt(0) != MAGIC) throw new IOException("not a SPICE server");
        ByteBuffer reply = ByteBuffer.wrap(c.read(header.getInt(12))).order(ByteOrder.LITTLE_ENDIAN);
        if (reply.getInt(0) != 0) throw new IOException("link refused: " + reply.getInt(0));
        byte[] key = new byte[162];
        reply.position(4);
        reply.get(key);
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key)));
        byte[] encrypted = rsa.doFinal((ticket + "\0").getBytes(StandardCharsets.UTF_8));
        c.out.write(ByteBuffer.allocate(4 + encrypted.length).order(ByteOrder.LITTLE_ENDIAN)
            .putInt(Spice.COMMON_CAP_AUTH_SPICE).put(encrypted).array());
        int result = ByteBuffer.wrap(c.read(4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (result != 0) throw new IOException("ticket refused: " + result);
        return c;
    }

    /** Reads a channel to its end, acknowledging messages and answering pings as a viewer must. */
    private void readAll(Channel c) {
        int ackWindow = 0, sinceAck = 0;
        try {
            while (true) {
                ByteBuffer h = ByteBuffer.wrap(c.read(6)).order(ByteOrder.LITTLE_ENDIAN);
                int type = h.getShort(0) & 0xFFFF;
                byte[] body = c.read(h.getInt(2));
                if (c == display) displayMessages.incrementAndGet();
                switch (type) {
                    case Spice.MSG_SET_ACK -> {
                        ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
                        ackWindow = b.getInt(4);
                        sinceAck = 0;
                        c.send(Spice.MSGC_ACK_SYNC, u32(b.getInt(0)));
                        continue;
                    }
                    case Spice.MSG_PING -> c.send(Spice.MSGC_PONG, java.util.Arrays.copyOf(body, 12));
                    default -> { }
                }
                if (ackWindow > 0 && ++sinceAck >= ackWindow) {
                    c.send(Spice.MSGC_ACK, new byte[0]);
                    sinceAck = 0;
                }
            }
        } catch (IOException e) {
            // closed: the warm-up is over
        }
    }

    @Override
    public void close() {
        for (Channel c : new Channel[] {inputs, display, main}) {
            if (c != null) c.close();
        }
    }

    private static final class Channel {
        final Socket socket;
        final DataInputStream in;
        final OutputStream out;

        Channel(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        byte[] read(int n) throws IOException {
            byte[] b = new byte[n];
            in.readFully(b);
            return b;
        }

        ByteBuffer readUntil(int type) throws IOException {
            while (true) {
                ByteBuffer h = ByteBuffer.wrap(read(6)).order(ByteOrder.LITTLE_ENDIAN);
                byte[] body = read(h.getInt(2));
                if ((h.getShort(0) & 0xFFFF) == type) return ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
            }
        }

        synchronized void send(int type, byte[] body) throws IOException {
            out.write(ByteBuffer.allocate(6 + body.length).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) type).putInt(body.length).put(body).array());
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
