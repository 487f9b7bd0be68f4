package org.sumac.x11.input.keymap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sumac.x11.color.LiveXvfb;

class KeymapTest {

    /** Dumps the core keyboard map of the reference server in the same line format the test builds. */
    private static final String DUMP_SCRIPT = """
            import sys
            from Xlib import display
            d = display.Display(sys.argv[1])
            mn, mx = d.display.info.min_keycode, d.display.info.max_keycode
            m = d.get_keyboard_mapping(mn, mx - mn + 1)
            print("range %d %d per %d" % (mn, mx, len(m[0])))
            for i, row in enumerate(m):
                print("key %d %s" % (mn + i, " ".join("%x" % k for k in row)))
            for i, row in enumerate(d.get_modifier_mapping()):
                print("modifier %d %s" % (i, " ".join(str(k) for k in row)))
            """;

    @Test
    void equalsXvfbCoreKeymap() throws Exception {
        Keymap keymap = Keymap.usEvdev();
        List<String> ours = new ArrayList<>();
        ours.add("range " + keymap.minKeycode() + " " + keymap.maxKeycode() + " per " + keymap.keysymsPerKeycode());
        int count = keymap.maxKeycode() - keymap.minKeycode() + 1;
        int[] table = keymap.keysyms(keymap.minKeycode(), count);
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder("key " + (keymap.minKeycode() + i));
            for (int c = 0; c < keymap.keysymsPerKeycode(); c++) {
                line.append(' ').append(Integer.toHexString(table[i * keymap.keysymsPerKeycode() + c]));
            }
            ours.add(line.toString());
        }
        int width = keymap.keycodesPerModifier();
        int[] modifiers = keymap.modifierMapping();
        for (int m = 0; m < Keymap.MODIFIER_COUNT; m++) {
            StringBuilder line = new StringBuilder("modifier " + m);
            for (int k = 0; k < width; k++) {
                line.append(' ').append(modifiers[m * width + k]);
            }
            ours.add(line.toString());
        }
        try (LiveXvfb xvfb = LiveXvfb.start()) {
            assertEquals(xvfb.python(DUMP_SCRIPT, List.of()), ours);
        }
    }

    @Test
    void knownKeysFromTheDesignDoc() {
        Keymap keymap = Keymap.usEvdev();
        assertEquals(7, keymap.keysymsPerKeycode());
        assertArrayEquals(new int[] {'q', 'Q', 'q', 'Q', 0, 0, 0}, keymap.keysyms(24, 1));
        assertEquals(4, keymap.keycodesPerModifier());
        assertEquals(1, keymap.modifierMask(50));
        assertEquals(1 << 3, keymap.modifierMask(64));
        assertEquals(Optional.of(new Keymap.KeyPosition(38, 0)), keymap.findKeysym('a'));
        assertEquals(Optional.of(new Keymap.KeyPosition(38, 1)), keymap.findKeysym('A'));
        assertEquals(Optional.of(new Keymap.KeyPosition(10, 1)), keymap.findKeysym('!'));
        assertEquals(Optional.empty(), keymap.findKeysym(0x20ac));
        assertEquals("KEY_ESC", LinuxKeyNames.nameOfKeycode(9));
        assertEquals("KEY_A", LinuxKeyNames.nameOfLinuxCode(30));
        assertEquals("KEY_#-8", LinuxKeyNames.nameOfKeycode(0));
        assertThrows(IllegalArgumentException.class, () -> keymap.keysyms(250, 10));
    }

    @Test
    void mutableCopyLeavesTheSharedMapAlone() {
        Keymap shared = Keymap.usEvdev();
        MutableKeymap display = shared.mutableCopy();
        assertEquals(MutableKeymap.Result.SUCCESS,
                display.changeKeyboardMapping(255, 1, 2, new int[] {0x20ac, 0x20ac}));
        assertEquals(0x20ac, display.keysym(255, 0));
        assertEquals(0, display.keysym(255, 2));
        assertEquals(Optional.of(new Keymap.KeyPosition(255, 0)), display.snapshot().findKeysym(0x20ac));
        assertEquals(Optional.empty(), shared.findKeysym(0x20ac));
        assertNotEquals(shared, display.snapshot());

        assertEquals(MutableKeymap.Result.SUCCESS, display.changeKeyboardMapping(9, 1, 9, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
        assertEquals(9, display.keysymsPerKeycode());
        assertEquals('q', display.keysym(24, 0));
        assertEquals(0, display.keysym(24, 8));
        assertArrayEquals(display.snapshot().keysyms(24, 2), display.keysyms(24, 2));
        assertEquals(Optional.of(new Keymap.KeyPosition(255, 0)), display.findKeysym(0x20ac));
        assertEquals(MutableKeymap.Result.BAD_VALUE, display.changeKeyboardMapping(7, 1, 1, new int[] {1}));
        assertEquals(MutableKeymap.Result.BAD_VALUE, display.changeKeyboardMapping(255, 2, 1, new int[] {1, 2}));
        assertEquals(MutableKeymap.Result.BAD_VALUE, display.changeKeyboardMapping(20, 1, 0, new int[0]));
    }

    @Test
    void setModifierMappingSortsDedupsAndRespectsHeldKeys() {
        MutableKeymap display = Keymap.usEvdev().mutableCopy();
        int[] map = new int[16];
        map[0] = 62;
        map[1] = 50; // shift: given unsorted
        map[4] = 37;
        map[5] = 37; // control: duplicate
        assertEquals(MutableKeymap.Result.BUSY, display.setModifierMapping(2, map, keycode -> keycode == 66));
        assertEquals(1 << 1, display.modifierMask(66), "busy must change nothing");
        assertEquals(MutableKeymap.Result.SUCCESS, display.setModifierMapping(2, map, keycode -> keycode == 50));
        Keymap after = display.snapshot();
        assertEquals(2, after.keycodesPerModifier());
        assertArrayEquals(new int[] {50, 62, 0, 0, 37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, after.modifierMapping());
        map[2] = 3;
        assertEquals(MutableKeymap.Result.BAD_VALUE, display.setModifierMapping(2, map, keycode -> false));
    }

    @Test
    void rejectsMalformedText() {
        assertThrows(IOException.class, () -> Keymap.parse(new StringReader("key 9 ff1b\n")));
        assertThrows(IOException.class, () -> Keymap.parse(new StringReader(
                "min-keycode 8\nmax-keycode 255\nkeysyms-per-keycode 2\nkey 300 1\n")));
        assertThrows(IOException.class, () -> Keymap.parse(new StringReader("bogus\n")));
    }
}
