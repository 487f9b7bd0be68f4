package org.sumac.desktop;

/**
 * PC scan code set 1 (as SPICE sends it, see {@link org.sumac.spice.channel.inputs.InputSink}) to X keycodes of
 * the evdev keymap (Linux input event code + 8). Plain codes below 0x59 equal their Linux codes; the rest follow
 * the Linux atkbd translation table. Unknown codes map to 0 and are dropped.
 */
public final class ScancodeMap {
    /** X keycodes are Linux KEY_* codes shifted by 8 (the evdev rules). */
    public static final int EVDEV_OFFSET = 8;

    private ScancodeMap() { }

    /** The X keycode of a set-1 make code (0xE0xx for prefixed keys, 0xE11D45 for Pause), or 0 if unknown. */
    public static int toX(int scancode) {
        int linux = toLinux(scancode);
        return linux == 0 ? 0 : linux + EVDEV_OFFSET;
    }

    /** The Linux input event code of a set-1 make code, or 0 if unknown. */
    public static int toLinux(int scancode) {
        if (scancode == 0xE11D45) return 119;            // Pause
        if (scancode > 0 && scancode < 0x59) return scancode;
        if ((scancode & ~0xFF) == 0xE000) return prefixed(scancode & 0xFF);
        return switch (scancode) {
            case 0x59 -> 117;  // KP_Equal
            case 0x5D -> 183;  // F13
            case 0x5E -> 184;  // F14
            case 0x5F -> 185;  // F15
            case 0x70 -> 93;   // Katakana/Hiragana
            case 0x73 -> 89;   // RO
            case 0x79 -> 92;   // Henkan
            case 0x7B -> 94;   // Muhenkan
            case 0x7D -> 124;  // Yen
            case 0x7E -> 121;  // KP_Comma
            default -> 0;
        };
    }

    private static int prefixed(int code) {
        return switch (code) {
            case 0x1C -> 96;   // KP_Enter
            case 0x1D -> 97;   // Control_R
            case 0x35 -> 98;   // KP_Divide
            case 0x37 -> 99;   // Print / SysRq
            case 0x38 -> 100;  // Alt_R (AltGr)
            case 0x46 -> 119;  // Ctrl-Break: Pause
            case 0x47 -> 102;  // Home
            case 0x48 -> 103;  // Up
            case 0x49 -> 104;  // Prior
            case 0x4B -> 105;  // Left
            case 0x4D -> 106;  // Right
            case 0x4F -> 107;  // End
            case 0x50 -> 108;  // Down
            case 0x51 -> 109;  // Next
            case 0x52 -> 110;  // Insert
            case 0x53 -> 111;  // Delete
            case 0x5B -> 125;  // Super_L
            case 0x5C -> 126;  // Super_R
            case 0x5D -> 127;  // Menu
            case 0x5E -> 116;  // Power
            case 0x5F -> 142;  // Sleep
            case 0x63 -> 143;  // WakeUp
            case 0x20 -> 113;  // Mute
            case 0x2E -> 114;  // Volume down
            case 0x30 -> 115;  // Volume up
            case 0x22 -> 164;  // Play/Pause
            case 0x24 -> 166;  // Stop
            case 0x10 -> 165;  // Previous track
            case 0x19 -> 163;  // Next track
            case 0x6D -> 226;  // Media
            case 0x6C -> 155;  // Mail
            case 0x21 -> 140;  // Calculator
            case 0x32 -> 172;  // WWW home
            default -> 0;
        };
    }
}
