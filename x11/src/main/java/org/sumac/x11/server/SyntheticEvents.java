package org.sumac.x11.server;

/**
 * Byte-order conversion of client-built events (SendEvent) between clients of different byte
 * order: each core event type's layout of 16- and 32-bit fields after the 4-byte header.
 */
public final class SyntheticEvents {
    private SyntheticEvents() { }

    /** Field widths after byte 4, per event code; ClientMessage is handled by its format. */
    private static final int[][] LAYOUT = new int[35][];

    static {
        int[] device = {4, 4, 4, 4, 2, 2, 2, 2, 2};
        for (int c = 2; c <= 8; c++) LAYOUT[c] = device;
        LAYOUT[9] = LAYOUT[10] = new int[] {4};
        LAYOUT[11] = new int[0];
        LAYOUT[12] = new int[] {4, 2, 2, 2, 2, 2};
        LAYOUT[13] = new int[] {4, 2, 2, 2, 2, 2, 2};
        LAYOUT[14] = new int[] {4, 2};
        LAYOUT[15] = new int[] {4};
        LAYOUT[16] = new int[] {4, 4, 2, 2, 2, 2, 2};
        LAYOUT[17] = LAYOUT[18] = LAYOUT[19] = LAYOUT[20] = new int[] {4, 4};
        LAYOUT[21] = new int[] {4, 4, 4, 2, 2};
        LAYOUT[22] = new int[] {4, 4, 4, 2, 2, 2, 2, 2};
        LAYOUT[23] = new int[] {4, 4, 4, 2, 2, 2, 2, 2, 2};
        LAYOUT[24] = new int[] {4, 4, 2, 2};
        LAYOUT[25] = new int[] {4, 2, 2};
        LAYOUT[26] = LAYOUT[27] = new int[] {4, 4, 4};
        LAYOUT[28] = LAYOUT[29] = new int[] {4, 4, 4};
        LAYOUT[30] = new int[] {4, 4, 4, 4, 4, 4};
        LAYOUT[31] = new int[] {4, 4, 4, 4, 4};
        LAYOUT[32] = new int[] {4, 4};
        LAYOUT[34] = new int[0];
    }

    public static void swap(byte[] ev) {
        int code = ev[0] & 0x7f;
        int[] layout;
        if (code == 33) {
            int format = ev[1] & 0xff;
            int n = format == 16 ? 10 : format == 32 ? 5 : 0;
            layout = new int[2 + n];
            layout[0] = 4;
            layout[1] = 4;
            for (int i = 0; i < n; i++) layout[2 + i] = format / 8;
        } else {
            layout = code < LAYOUT.length ? LAYOUT[code] : null;
            if (layout == null) return; // extension event: unknown layout, leave as sent
        }
        int p = 4;
        for (int width : layout) {
            if (width == 2) { byte t = ev[p]; ev[p] = ev[p + 1]; ev[p + 1] = t; }
            else { byte t = ev[p]; ev[p] = ev[p + 3]; ev[p + 3] = t; t = ev[p + 1]; ev[p + 1] = ev[p + 2]; ev[p + 2] = t; }
            p += width;
        }
    }
}
