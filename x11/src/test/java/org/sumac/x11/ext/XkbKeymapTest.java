package org.sumac.x11.ext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The XKM reader on the keymap shipped with the server (us-evdev.xkm, xkbcomp's output for evdev/pc105/us):
 * what Xorg holds after loading it, in figures Xvfb's replies give (GetMap, GetCompatMap, GetNames).
 */
class XkbKeymapTest {
    private static XkbKeymap shipped() throws IOException {
        try (InputStream in = Xkb.class.getResourceAsStream("us-evdev.xkm")) {
            return XkbKeymap.read(in.readAllBytes());
        }
    }

    @Test
    void theShippedKeymapHasXvfbsTablesAndNames() throws IOException {
        XkbKeymap m = shipped();
        assertEquals(8, m.minKeycode);
        assertEquals(255, m.maxKeycode);
        assertEquals(28, m.types.length, "key types");
        assertEquals("ONE_LEVEL", m.types[0].name());
        assertEquals("KEYPAD", m.types[3].name());
        assertEquals(123, m.interps.length, "symbol interpretations");
        assertEquals("evdev+aliases(qwerty)", m.keycodesName);
        assertEquals("pc+us+inet(evdev)", m.symbolsName);
        assertEquals("pc(pc105)", m.geometryName);
        assertEquals("English (US)", m.groupNames[0]);
        assertEquals("Caps Lock", m.indicatorNames[0]);
        assertEquals("AC01", m.keyNames[38]);
        assertEquals(72, m.aliases.length, "key aliases");
        assertEquals(1, m.numGroups);
    }

    @Test
    void symbolInterpretationsGiveKeysTheirActionsAndVirtualModifiers() throws IOException {
        XkbKeymap m = shipped();
        // a: two levels, alphabetic type, no action
        assertArrayEquals(new int[] {'a', 'A'}, m.syms[38]);
        assertEquals(2, m.ktIndex[38][0]);
        assertNull(m.actions[38]);
        // Shift_L (50): SetMods with the key's modifiers (UseModMapMods), not repeating
        assertEquals(1, m.modmap[50]);
        assertEquals(1, m.actions[50][0], "SetMods");
        assertEquals(1, m.actions[50][2], "its mask: Shift");
        assertEquals(0, m.perKeyRepeat[50 / 8] & 1 << 50 % 8);
        // Caps_Lock (66): LockMods Lock
        assertEquals(3, m.actions[66][0], "LockMods");
        // Num_Lock (77) is Mod2 and carries virtual modifier NumLock, which so becomes Mod2
        int numLock = Arrays.asList(m.vmodNames).indexOf("NumLock");
        assertTrue(numLock >= 0);
        assertEquals(1 << numLock, m.vmodmap[77] & 1 << numLock);
        assertEquals(0x10, m.vmodReal[numLock]);
        // KEYPAD: Shift or NumLock select level 2, so its mask is Shift+Mod2
        assertEquals(0x11, m.types[3].mask());
    }

    @Test
    void aFileThatIsNotXkmIsAnErrorNotACrash() {
        IOException e = assertThrows(IOException.class, () -> XkbKeymap.read("xkb_keymap {};\n".getBytes()));
        assertTrue(e.getMessage().contains("XKM"), e.getMessage());
        byte[] truncated = new byte[40];
        truncated[0] = 15; truncated[1] = 'm'; truncated[2] = 'k'; truncated[3] = 'x'; truncated[7] = 7;
        assertThrows(IOException.class, () -> XkbKeymap.read(truncated));
    }

    @Test
    void theCoreMapDerivedFromTheUsKeymapIsXvfbsCoreMap() throws IOException {
        assertEquals(org.sumac.x11.input.keymap.Keymap.usEvdev(), shipped().coreKeymap());
    }
}
