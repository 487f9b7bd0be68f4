package org.sumac.x11.window;

/** A window property: type atom, format 8/16/32 and its bytes (format 16/32 values stored LSB first). */
public record Property(int type, int format, byte[] data) {
    public int units() { return format == 0 ? 0 : data.length / (format / 8); }
}
