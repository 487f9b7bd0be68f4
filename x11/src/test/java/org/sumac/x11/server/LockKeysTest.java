package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock keys, their LEDs and the lock listener. The expected LED masks are what Xvfb (evdev keymap) answers to
 * the same key presses and requests: `xdotool key Caps_Lock` lights LED 1 (mask 1), Num_Lock LED 2 (mask 2);
 * Scroll_Lock lights nothing until its key is mapped to a modifier (`xmodmap -e 'add mod3 = Scroll_Lock'`),
 * then it locks that modifier and lights LED 3 (mask 4); `xset led N` sets any LED but Caps and Num Lock.
 * Requests go over a real socket in raw protocol; key presses go through {@link Input#injectKey}, the path of
 * XTEST and SPICE alike.
 */
@Timeout(60)
class LockKeysTest {
    private static final int CAPS = 66, NUM = 77, SCROLL = 78;
    /** Modifier index in the modifier mapping: Shift, Lock, Control, Mod1, Mod2, Mod3... */
    private static final int MOD3 = 5;
    @TempDir
    Path dir;
    private XServer server;
    private Input input;
    private RawX11Client x;
    private final List<Integer> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new XServer(DisplayConfig.of(47).withSize(320, 240, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
        input = server.dispatcher.input;
        locked(() -> {
            input.addLockListener(heard::add);
            return null;
        });
        x = new RawX11Client(dir.resolve("sockets").resolve("X47"));
    }

    @AfterEach
    void stop() throws IOException {
        if (x != null) x.close();
        if (server != null) server.close();
    }

    @Test
    void capsAndNumLockLightTheirLeds() throws IOException {
        assertEquals(0, ledMask());
        tap(CAPS);
        assertEquals(1, ledMask());
        tap(NUM);
        assertEquals(3, ledMask());
        tap(CAPS);
        assertEquals(2, ledMask());
        assertEquals(0x10, locked(input::state) & 0xff, "Num Lock's Mod2 stays locked");
        tap(NUM);
        assertEquals(0, ledMask());
        assertEquals(List.of(1, 3, 2, 0), heard, "one report per change");
    }

    @Test
    void scrollLockKeyWithoutAModifierChangesNothing() throws IOException {
        tap(CAPS);
        tap(SCROLL);
        assertEquals(1, ledMask(), "as on Xvfb: the ScrollLock virtual modifier is bound to no real one");
        assertEquals(0x02, locked(input::state) & 0xff);
        assertEquals(List.of(1), heard);
    }

    @Test
    void scrollLockKeyMappedToMod3LocksItAndLightsLedThree() throws IOException {
        addToModifier(MOD3, SCROLL);
        tap(SCROLL);
        assertEquals(4, ledMask());
        assertEquals(Input.SCROLL_LOCK_LED, (int) locked(input::lockState));
        assertEquals(0x20, locked(input::state) & 0xff, "Mod3 locked");
        tap(CAPS);
        assertEquals(5, ledMask());
        tap(SCROLL);
        assertEquals(1, ledMask());
        assertEquals(0x02, locked(input::state) & 0xff);
        assertEquals(List.of(4, 5, 1), heard);
    }

    @Test
    void theScrollLockKeyIsFoundByKeysymNotKeycode() throws IOException {
        int moved = 200;
        changeKeysym(moved, Input.SCROLL_LOCK_KEYSYM);
        changeKeysym(SCROLL, 0x61); // 'a'
        addToModifier(MOD3, SCROLL);
        addToModifier(MOD3, moved);
        tap(SCROLL);
        assertEquals(0, ledMask(), "keycode 78 is no longer Scroll_Lock");
        tap(moved);
        assertEquals(4, ledMask());
        assertEquals(List.of(4), heard);
        assertEquals(moved, (int) locked(() -> input.keycodeOf(Input.SCROLL_LOCK_KEYSYM)), "who taps Scroll Lock");
        assertEquals(CAPS, (int) locked(() -> input.keycodeOf(Input.CAPS_LOCK_KEYSYM)));
    }

    @Test
    void changeKeyboardControlSetsLedsButNotCapsOrNumLock() throws IOException {
        setLed(5, true);
        assertEquals(0x10, ledMask());
        setLed(1, true);
        assertEquals(0x10, ledMask(), "Caps Lock follows its modifier only");
        setLed(3, true);
        assertEquals(0x14, ledMask());
        assertEquals(List.of(4), heard, "Scroll Lock's LED set by a client is a lock change; LED 5 is not");
        setLed(0, true);
        assertEquals(0xffffe7fc, ledMask(), "all: Xvfb keeps Caps, Num, Shift Lock and Group 2 out");
        tap(CAPS);
        setLed(0, false);
        assertEquals(1, ledMask());
        assertEquals(List.of(4, 5, 1), heard);
    }

    @Test
    void scrollLockLedSetByAClientOrByItsModifierLights() throws IOException {
        addToModifier(MOD3, SCROLL);
        setLed(3, true);
        tap(SCROLL);
        tap(SCROLL);
        assertEquals(4, ledMask(), "Xvfb: still on, the client's setting holds it");
        setLed(3, false);
        assertEquals(0, ledMask());
        tap(SCROLL);
        setLed(3, false);
        assertEquals(4, ledMask(), "Xvfb: still on while Mod3 is locked");
        tap(SCROLL);
        assertEquals(0, ledMask());
        assertEquals(List.of(4, 0, 4, 0), heard);
    }

    @Test
    void ledWithoutLedModeIsAMatchErrorAndChangesNothing() throws IOException {
        ByteBuffer req = le(12).put((byte) 102).put((byte) 0).putShort((short) 3).putInt(0x10).putInt(3);
        x.write(req);
        ByteBuffer error = x.read(32);
        assertEquals(0, error.get(0), "an error");
        assertEquals(8, error.get(1), "BadMatch");
        assertEquals(0, ledMask());
        req = le(16).put((byte) 102).put((byte) 0).putShort((short) 4).putInt(0x10 | 0x20).putInt(33).putInt(1);
        x.write(req);
        error = x.read(32);
        assertEquals(2, error.get(1), "BadValue for LED 33");
        assertEquals(0, ledMask());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    @Test
    void theServerMakesItsMissingSocketDirectoryStickyAndWorldWritable() throws IOException {
        assertEquals(01777, (Integer) java.nio.file.Files.getAttribute(dir.resolve("sockets"), "unix:mode") & 07777);
    }

    @Test
    void xkbIndicatorStateFollowsTheLockLeds() throws IOException {
        tap(CAPS);
        tap(NUM);
        assertEquals(3, ledMask());
        assertEquals(3, xkbIndicatorState());
        tap(CAPS);
        assertEquals(2, xkbIndicatorState());
    }

    /** XkbGetIndicatorState (minor 12) of the core keyboard (device spec 0x100). */
    private int xkbIndicatorState() throws IOException {
        byte[] name = "XKEYBOARD".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteBuffer query = le(8 + 12).put((byte) 98).put((byte) 0).putShort((short) 5).putShort((short) name.length)
            .putShort((short) 0).put(name).put(new byte[3]);
        x.write(query);
        ByteBuffer present = x.reply();
        assertEquals(1, present.get(8), "XKEYBOARD present");
        int major = present.get(9) & 0xff;
        x.write(le(8).put((byte) major).put((byte) 12).putShort((short) 2).putShort((short) 0x100).putShort((short) 0));
        return x.reply().getInt(8);
    }

    private <T> T locked(Supplier<T> action) {
        server.lock.lock();
        try {
            return action.get();
        } finally {
            server.lock.unlock();
        }
    }

    private void tap(int keycode) {
        locked(() -> {
            input.injectKey(keycode, true);
            input.injectKey(keycode, false);
            return null;
        });
    }

    private int ledMask() throws IOException {
        x.write(le(4).put((byte) 103).put((byte) 0).putShort((short) 1));
        ByteBuffer reply = x.reply();
        return reply.getInt(8);
    }

    /** ChangeKeyboardControl led (0: none given, i.e. all LEDs) and led-mode. */
    private void setLed(int led, boolean on) throws IOException {
        int mask = 0x20 | (led != 0 ? 0x10 : 0);
        ByteBuffer req = le(led != 0 ? 16 : 12).put((byte) 102).put((byte) 0).putShort((short) (led != 0 ? 4 : 3))
            .putInt(mask);
        if (led != 0) req.putInt(led);
        req.putInt(on ? 1 : 0);
        x.write(req);
        ledMask(); // a round trip: the change is done, or its error would have shown here
    }

    private void addToModifier(int modifier, int keycode) throws IOException {
        x.write(le(4).put((byte) 119).put((byte) 0).putShort((short) 1));
        ByteBuffer reply = x.reply();
        int per = reply.get(1) & 0xff;
        byte[] codes = new byte[8 * (per + 1)];
        for (int m = 0; m < 8; m++) {
            for (int i = 0; i < per; i++) codes[m * (per + 1) + i] = reply.get(32 + m * per + i);
        }
        codes[modifier * (per + 1) + per] = (byte) keycode;
        ByteBuffer req = le(4 + codes.length).put((byte) 118).put((byte) (per + 1))
            .putShort((short) (1 + codes.length / 4)).put(codes);
        x.write(req);
        assertEquals(0, x.reply().get(1), "SetModifierMapping: Success");
    }

    private void changeKeysym(int keycode, int keysym) throws IOException {
        x.write(le(12).put((byte) 100).put((byte) 1).putShort((short) 3).put((byte) keycode).put((byte) 1)
            .putShort((short) 0).putInt(keysym));
        ledMask(); // round trip
    }
}
