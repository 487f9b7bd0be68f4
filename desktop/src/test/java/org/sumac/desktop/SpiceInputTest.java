package org.sumac.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.Input;
import org.sumac.x11.server.XServer;

/** SPICE input reaches the X server's input state (an X server that is not listening is enough). */
class SpiceInputTest {
    @TempDir
    Path dir;
    private final AtomicInteger reported = new AtomicInteger(-1);
    /** Lock states (InputSink.LOCK_*) sent to the client. */
    private final List<Integer> toldClient = new CopyOnWriteArrayList<>();
    private XServer x;
    private SpiceInput input;
    private Input xInput;

    /** An X server that is not listening unless a test starts it (its socket and lock file are private). */
    @BeforeEach
    void create() throws IOException {
        // Made here: XServer.start fails on a missing socket directory (its "rwxrwxrwt" is not a valid permission string).
        Files.createDirectories(dir.resolve("sockets"));
        x = new XServer(new DisplayConfig(4321, 640, 480, 24, null, false, false, null, dir.resolve("sockets"), dir));
        input = new SpiceInput(x.port().input(), 4321, reported::set, toldClient::add);
        xInput = x.dispatcher.input;
    }

    @AfterEach
    void close() {
        input.close();
        x.close();
    }

    /** Wires the lock listener as Desktop does; the client is told the (all off) start state. */
    private void followXLocks() {
        locked(() -> {
            xInput.addLockListener(input::xLocksChanged);
            input.xLocksChanged(xInput.lockState());
            return null;
        });
        assertEquals(List.of(0), toldClient);
        toldClient.clear();
    }

    /** Waits until everything queued so far was injected. */
    private void settle() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        input.afterQueued(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        x.lock.lock();
        try {
            return read.get();
        } finally {
            x.lock.unlock();
        }
    }

    @Test
    void keysBecomeEvdevKeycodes() throws Exception {
        input.keyPressed(0x1E);
        input.keyPressed(0xE01D);
        settle();
        assertTrue(locked(() -> xInput.isKeyDown(38)), "a");
        assertTrue(locked(() -> xInput.isKeyDown(105)), "Control_R");
        input.keyReleased(0x1E);
        input.keyReleased(0xE01D);
        settle();
        assertFalse(locked(() -> xInput.isKeyDown(38)));
        assertFalse(locked(() -> xInput.isKeyDown(105)));
    }

    @Test
    void absoluteAndRelativePointer() throws Exception {
        input.mousePositioned(100, 70, 0, 0);
        settle();
        assertEquals(100, (int) locked(() -> xInput.pointerX));
        assertEquals(70, (int) locked(() -> xInput.pointerY));
        input.mouseMoved(-30, 15, 0);
        settle();
        assertEquals(70, (int) locked(() -> xInput.pointerX));
        assertEquals(85, (int) locked(() -> xInput.pointerY));
        assertEquals(70 << 16 | 85, reported.get(), "the client's cursor follows relative motion");
        input.mousePositioned(5000, -20, 0, 0);
        settle();
        assertEquals(639, (int) locked(() -> xInput.pointerX), "clamped to the screen");
        assertEquals(0, (int) locked(() -> xInput.pointerY));
    }

    @Test
    void buttonsShowInTheStateMask() throws Exception {
        input.mouseButtonPressed(InputSink.BUTTON_LEFT, InputSink.MASK_LEFT);
        input.mouseButtonPressed(InputSink.BUTTON_RIGHT, InputSink.MASK_LEFT | InputSink.MASK_RIGHT);
        settle();
        assertEquals(0x100 | 0x400, locked(xInput::state) & 0x1F00);
        input.mouseButtonReleased(InputSink.BUTTON_LEFT, InputSink.MASK_RIGHT);
        input.mouseButtonReleased(InputSink.BUTTON_RIGHT, 0);
        settle();
        assertEquals(0, locked(xInput::state) & 0x1F00);
    }

    @Test
    void releaseAllLetsGoOfWhatTheClientHeld() throws Exception {
        input.keyPressed(0x2A);
        input.mouseButtonPressed(InputSink.BUTTON_MIDDLE, InputSink.MASK_MIDDLE);
        settle();
        assertTrue(locked(() -> xInput.isKeyDown(50)));
        assertEquals(0x200, locked(xInput::state) & 0x1F00);
        input.releaseAll();
        settle();
        assertFalse(locked(() -> xInput.isKeyDown(50)), "Shift released");
        assertEquals(0, locked(xInput::state) & 0x1F00, "button released");
    }

    @Test
    void buttonNumbers() {
        assertEquals(1, SpiceInput.xButton(InputSink.BUTTON_LEFT));
        assertEquals(2, SpiceInput.xButton(InputSink.BUTTON_MIDDLE));
        assertEquals(3, SpiceInput.xButton(InputSink.BUTTON_RIGHT));
        assertEquals(4, SpiceInput.xButton(InputSink.BUTTON_WHEEL_UP));
        assertEquals(5, SpiceInput.xButton(InputSink.BUTTON_WHEEL_DOWN));
        assertEquals(8, SpiceInput.xButton(InputSink.BUTTON_SIDE));
        assertEquals(9, SpiceInput.xButton(InputSink.BUTTON_EXTRA));
        assertEquals(0, SpiceInput.xButton(0));
        assertEquals(0, SpiceInput.xButton(99));
    }

    @Test
    void lockStateFollowsTheClient() throws Exception {
        input.keyboardLocks(InputSink.LOCK_CAPS | InputSink.LOCK_NUM);
        settle();
        assertEquals(0x02 | 0x10, locked(xInput::lockedModifiers) & 0x12);
        input.keyboardLocks(InputSink.LOCK_NUM);
        settle();
        assertEquals(0x10, locked(xInput::lockedModifiers) & 0x12);
        input.keyboardLocks(InputSink.LOCK_NUM);
        settle();
        assertEquals(0x10, locked(xInput::lockedModifiers) & 0x12, "no change, no toggle");
    }

    @Test
    void clientScrollLockWithNoModifierForItsKeyIsAnsweredWithXsState() throws Exception {
        followXLocks();
        input.keyboardLocks(InputSink.LOCK_SCROLL | InputSink.LOCK_CAPS);
        settle();
        // As on Xvfb, Scroll_Lock (keycode 78) mapped to no modifier lights nothing: the client learns so.
        assertEquals(Input.CAPS_LOCK_LED, (int) locked(xInput::lockState));
        assertEquals(List.of(InputSink.LOCK_CAPS), toldClient);
        input.keyboardLocks(InputSink.LOCK_SCROLL | InputSink.LOCK_CAPS);
        settle();
        assertEquals(List.of(InputSink.LOCK_CAPS), toldClient, "the same request again: X and the client's view unchanged");
    }

    @Test
    void clientScrollLockTapsTheScrollLockKey() throws Exception {
        followXLocks();
        mapScrollLockToMod3();
        input.keyboardLocks(InputSink.LOCK_SCROLL | InputSink.LOCK_NUM);
        settle();
        assertEquals(Input.SCROLL_LOCK_LED | Input.NUM_LOCK_LED, (int) locked(xInput::lockState));
        assertEquals(0x20 | 0x10, locked(xInput::state) & 0xff, "Mod3 (Scroll Lock) and Mod2 (Num Lock) locked");
        assertEquals(List.of(InputSink.LOCK_SCROLL | InputSink.LOCK_NUM), toldClient,
            "one answer with the final state, none for the step in between");
        input.keyboardLocks(InputSink.LOCK_NUM);
        settle();
        assertEquals(Input.NUM_LOCK_LED, (int) locked(xInput::lockState));
        assertEquals(List.of(InputSink.LOCK_SCROLL | InputSink.LOCK_NUM, InputSink.LOCK_NUM), toldClient);
        input.keyboardLocks(InputSink.LOCK_NUM);
        settle();
        assertEquals(2, toldClient.size(), "nothing changed, nothing sent");
    }

    @Test
    void locksChangedInsideXReachTheClient() throws Exception {
        followXLocks();
        mapScrollLockToMod3();
        for (int keycode : new int[] {66, 77, 78, 66}) {
            locked(() -> { // as XTEST does it
                xInput.injectKey(keycode, true);
                xInput.injectKey(keycode, false);
                return null;
            });
        }
        assertEquals(List.of(InputSink.LOCK_CAPS, InputSink.LOCK_CAPS | InputSink.LOCK_NUM,
            InputSink.LOCK_CAPS | InputSink.LOCK_NUM | InputSink.LOCK_SCROLL,
            InputSink.LOCK_NUM | InputSink.LOCK_SCROLL), toldClient);
    }

    @Test
    void lockBitsTranslate() {
        assertEquals(0, SpiceInput.spiceLocks(0));
        assertEquals(InputSink.LOCK_CAPS, SpiceInput.spiceLocks(Input.CAPS_LOCK_LED));
        assertEquals(InputSink.LOCK_NUM, SpiceInput.spiceLocks(Input.NUM_LOCK_LED));
        assertEquals(InputSink.LOCK_SCROLL, SpiceInput.spiceLocks(Input.SCROLL_LOCK_LED));
        assertEquals(7, SpiceInput.spiceLocks(0xff), "other LEDs are not lock keys");
    }

    /**
     * Puts the Scroll_Lock key into Mod3 as `xmodmap -e 'add mod3 = Scroll_Lock'` does, through a real
     * SetModifierMapping request (the X server starts listening in a private directory for it).
     */
    private void mapScrollLockToMod3() throws IOException {
        x.start();
        int per = locked(() -> xInput.keymap().keycodesPerModifier());
        int[] current = locked(() -> xInput.keymap().modifierMapping());
        int wider = per + 1, mod3 = 5;
        byte[] codes = new byte[8 * wider];
        for (int m = 0; m < 8; m++) for (int i = 0; i < per; i++) codes[m * wider + i] = (byte) current[m * per + i];
        codes[mod3 * wider + per] = (byte) 78;
        try (SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.connect(UnixDomainSocketAddress.of(dir.resolve("sockets").resolve("X4321")));
            write(socket, le(12).put((byte) 'l').put((byte) 0).putShort((short) 11).putLong(0));
            ByteBuffer head = read(socket, 8);
            assertEquals(1, head.get(0), "connection accepted");
            read(socket, (head.getShort(6) & 0xffff) * 4);
            write(socket, le(4 + codes.length).put((byte) 118).put((byte) wider).putShort((short) (1 + codes.length / 4))
                .put(codes));
            ByteBuffer reply = read(socket, 32);
            // As Xorg, the MappingNotify (34) of the change comes before the reply.
            assertEquals(34, reply.get(0), "MappingNotify first");
            reply = read(socket, 32);
            assertEquals(1, reply.get(0), "a reply");
            assertEquals(0, reply.get(1), "SetModifierMapping: Success");
        }
        assertEquals(0x20, locked(() -> xInput.keymap().modifierMask(78)));
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void write(SocketChannel socket, ByteBuffer b) throws IOException {
        b.flip();
        while (b.hasRemaining()) socket.write(b);
    }

    private static ByteBuffer read(SocketChannel socket, int n) throws IOException {
        ByteBuffer b = le(n);
        while (b.hasRemaining()) if (socket.read(b) < 0) throw new IOException("X server closed the connection");
        return b.flip();
    }
}
