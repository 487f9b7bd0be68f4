package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sumac.x11.protocol.xproto.XprotoProtocol;

/** The generated core event layouts swap events as the hand-written SyntheticEvents table does. */
class GeneratedEventLayoutTest {
    @Test
    void generatedCoreEventLayoutsSwapAsSyntheticEventsDoes() {
        Random random = new Random(12);
        for (int code = 2; code < 35; code++) {
            byte[] widths = XprotoProtocol.eventFieldWidths(code);
            if (widths == null) continue; // ClientMessage: by its format, in SyntheticEvents
            byte[] ev = new byte[32];
            random.nextBytes(ev);
            ev[0] = (byte) code;
            byte[] byTable = ev.clone();
            SyntheticEvents.swap(byTable, new Extensions());
            byte[] byWidths = ev.clone();
            int p = 0;
            for (byte w : widths) {
                // Bytes 0..3 (code, detail, sequence) are the sender's to write, not SendEvent's to swap.
                if (p >= 4) for (int i = 0; i < w / 2; i++) { byte t = byWidths[p + i]; byWidths[p + i] = byWidths[p + w - 1 - i]; byWidths[p + w - 1 - i] = t; }
                p += w;
            }
            if (code == 26 || code == 27) {
                // Circulate events: bytes 12..15 are unused (xcb-proto pads them, the table swaps them as a word).
                for (int i = 12; i < 16; i++) byTable[i] = byWidths[i] = 0;
            }
            assertArrayEquals(byTable, byWidths, "event " + code);
        }
    }
}
