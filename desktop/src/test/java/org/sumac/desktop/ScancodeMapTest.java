package org.sumac.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Set-1 scancodes to evdev keycodes (Linux code + 8), per the Linux atkbd table. */
class ScancodeMapTest {
    @Test
    void plainCodesAreLinuxCodes() {
        assertEquals(9, ScancodeMap.toX(0x01));    // Escape
        assertEquals(38, ScancodeMap.toX(0x1E));   // a
        assertEquals(50, ScancodeMap.toX(0x2A));   // Shift_L
        assertEquals(66, ScancodeMap.toX(0x3A));   // Caps_Lock
        assertEquals(77, ScancodeMap.toX(0x45));   // Num_Lock
        assertEquals(94, ScancodeMap.toX(0x56));   // the 102nd key (<>)
        assertEquals(96, ScancodeMap.toX(0x58));   // F12
    }

    @Test
    void prefixedKeys() {
        int[][] pairs = {
            {0xE01D, 97}, {0xE01C, 96}, {0xE048, 103}, {0xE050, 108}, {0xE04B, 105}, {0xE04D, 106},
            {0xE038, 100}, {0xE047, 102}, {0xE04F, 107}, {0xE049, 104}, {0xE051, 109}, {0xE052, 110},
            {0xE053, 111}, {0xE035, 98}, {0xE05B, 125}, {0xE05C, 126}, {0xE05D, 127}, {0xE11D45, 119},
        };
        for (int[] p : pairs) {
            assertEquals(p[1] + 8, ScancodeMap.toX(p[0]), "scancode " + Integer.toHexString(p[0]));
        }
    }

    @Test
    void unknownCodesAreDropped() {
        assertEquals(0, ScancodeMap.toX(0));
        assertEquals(0, ScancodeMap.toX(0xE02A)); // fake shift of the E0 sequences
        assertEquals(0, ScancodeMap.toX(0x7F));
        assertEquals(0, ScancodeMap.toX(-1));
        assertEquals(0, ScancodeMap.toX(0x12345678));
    }
}
