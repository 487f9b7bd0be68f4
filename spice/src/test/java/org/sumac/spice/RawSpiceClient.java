package org.sumac.spice;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.Cipher;

/** A minimal SPICE client over a plain socket, for protocol-level tests (bad input, policies, flow control). */
public final class RawSpiceClient implements AutoCloseable {
    public final Socket socket;
    public final DataInputStream in;
    public final OutputStream out;

    public RawSpiceClient(int port) throws IOException {
        this(port, null);
    }

    /** Connects from {@code local} (any 127.x.y.z works on Linux without setup), or any address when null. */
    public RawSpiceClient(int port, java.net.InetAddress local) throws IOException {
        socket = new Socket();
        if (local != null) socket.bind(new InetSocketAddress(local, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(5000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    public record Message(int type, byte[] body) {
        public ByteBuffer buffer() {
            return ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** Header + SpiceLinkMess with AUTH_SELECTION and MINI_HEADER common caps. */
    public static byte[] linkMessage(int connectionId, int channelType, int channelId, int... channelCaps) {
        int size = 18 + 4 + 4 * channelCaps.length;
        ByteBuffer b = ByteBuffer.allocate(16 + size).order(ByteOrder.LITTLE_ENDIAN);
        b.put("REDQ".getBytes(StandardCharsets.US_ASCII)).putInt(2).putInt(2).putInt(size);
        b.putInt(connectionId).put((byte) channelType).put((byte) channelId).putInt(1).putInt(channelCaps.length).putInt(18);
        b.putInt(0x9); // AUTH_SELECTION | MINI_HEADER
        for (int c : channelCaps) b.putInt(c);
        return b.array();
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads the link reply; returns its error field, and the public key in {@link #publicKey}. */
    public int readLinkReply() throws IOException {
        byte[] header = readBytes(16);
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (h.getInt(0) != 0x51444552) throw new IOException("bad reply magic");
        int size = h.getInt(12);
        byte[] reply = readBytes(size);
        ByteBuffer r = ByteBuffer.wrap(reply).order(ByteOrder.LITTLE_ENDIAN);
        int error = r.getInt(0);
        byte[] key = new byte[162];
        r.position(4);
        r.get(key);
        publicKey = key;
        return error;
    }

    public byte[] publicKey;

    public byte[] encryptTicket(String password) throws Exception {
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKey));
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal((password + "\0").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends mechanism AUTH_SPICE + ticket, returns the link result. */
    public int authenticate(String password) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(4 + 128).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1).put(encryptTicket(password));
        send(b.array());
        return readU32();
    }

    /** Full link: returns the link result (0 = OK). */
    public int link(int connectionId, int channelType, String password, int... channelCaps) throws Exception {
        send(linkMessage(connectionId, channelType, 0, channelCaps));
        int error = readLinkReply();
        if (error != 0) return error;
        return authenticate(password);
    }

    public int readU32() throws IOException {
        return ByteBuffer.wrap(readBytes(4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    public byte[] readBytes(int n) throws IOException {
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    public Message readMessage() throws IOException {
        ByteBuffer h = ByteBuffer.wrap(readBytes(6)).order(ByteOrder.LITTLE_ENDIAN);
        int type = h.getShort(0) & 0xFFFF;
        int size = h.getInt(2);
        return new Message(type, readBytes(size));
    }

    /** Reads messages until one of the given type arrives. */
    public Message readUntil(int type) throws IOException {
        while (true) {
            Message m = readMessage();
            if (m.type() == type) return m;
        }
    }

    public void sendMessage(int type, byte[] body) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(6 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) type).putInt(body.length).put(body);
        send(b.array());
    }

    /** True when the server closed the connection (read hits end of stream within the timeout). */
    public boolean closedByServer() {
        try {
            while (true) {
                if (in.read() < 0) return true;
            }
        } catch (EOFException e) {
            return true;
        } catch (IOException e) {
            return e.getMessage() != null && e.getMessage().contains("reset");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
