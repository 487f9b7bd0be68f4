package org.sumac.x11.color;

/** An exact 16-bit-per-channel color, as LookupColor / AllocNamedColor report it (0..65535 each). */
public record Rgb16(int red, int green, int blue) {

    /** Widens 8-bit channels the way Xorg does: 0xAB becomes 0xABAB. */
    public static Rgb16 fromRgb8(int red8, int green8, int blue8) {
        return new Rgb16(red8 * 0x101, green8 * 0x101, blue8 * 0x101);
    }
}
