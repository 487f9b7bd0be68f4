package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.SumacProcess;

/**
 * PresentPixmap's notify list, on Sumac alone: Xvfb 21.1 crashes (a segmentation fault in its vblank timer) when a
 * presentation with a notify list completes, so PresentTest cannot compare it. As Xorg's present_vblank_notify: the
 * presentation's own window completes first, then each window of the list with its serial, all at the same msc; a
 * listed window destroyed meanwhile is left out.
 */
class PresentNotifyListTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Test
    void aNotifyListCompletesOnEachWindowItNamesAfterThePresentedWindow() {
        SumacProcess.assumeAvailable();
        try (SumacProcess sumac = SumacProcess.start(320, 240);
             RawXConnection x = RawXConnection.connect(sumac.socketPath(), ByteOrder.LITTLE_ENDIAN, TIMEOUT)) {
            byte[] name = "Present".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            x.request(98, 0, x.body().put16(name.length).put16(0).putBytes(name).pad().bytes());
            int present = x.readReplyOrError().bytes()[9] & 0xff;
            int root = x.setup().rootWindow(), win = x.newId(), other = x.newId(), pixmap = x.newId();
            for (int w : new int[] {win, other}) {
                x.request(1, 24, x.body().putInt(w).putInt(root).put16(0).put16(0).put16(20).put16(20).put16(0).put16(1)
                    .putInt(0).putInt(0).bytes());
                x.request(present, 3, x.body().putInt(x.newId()).putInt(w).putInt(2).bytes()); // CompleteNotify
            }
            x.request(53, 24, x.body().putInt(pixmap).putInt(root).put16(10).put16(10).bytes());
            x.request(present, 1, x.body().putInt(win).putInt(pixmap).putInt(5).putInt(0).putInt(0).putInt(0)
                .putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
                .putInt(0).putInt(other).putInt(60).putInt(win).putInt(61).bytes());
            List<String> got = new ArrayList<>();
            long msc = -1;
            while (got.size() < 3) {
                RawXConnection.Message m = x.read();
                assertEquals(RawXConnection.GENERIC_EVENT, m.type(), "only Present's events come: " + m);
                long eventMsc = java.nio.ByteBuffer.wrap(m.bytes()).order(ByteOrder.LITTLE_ENDIAN).getLong(32);
                if (msc < 0) msc = eventMsc;
                assertEquals(msc, eventMsc, "one msc for all");
                int window = m.card32(16), serial = m.card32(20);
                got.add("kind " + m.bytes()[10] + " mode " + m.bytes()[11] + " " + (window == win ? "win" : "other") + " "
                    + serial);
            }
            assertEquals(List.of("kind 0 mode 0 win 5", "kind 0 mode 0 other 60", "kind 0 mode 0 win 61"), got);

            // Held by a wait fence, naming a window destroyed meanwhile: only the presented window hears of it.
            x.request(98, 0, x.body().put16(4).put16(0).putBytes("SYNC".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).bytes());
            int sync = x.readReplyOrError().bytes()[9] & 0xff, fence = x.newId();
            x.request(sync, 0, x.body().put8(3).put8(1).put16(0).bytes());
            x.readReplyOrError();
            x.request(sync, 14, x.body().putInt(root).putInt(fence).putInt(0).bytes()); // CreateFence, untriggered
            x.request(present, 1, x.body().putInt(win).putInt(pixmap).putInt(7).putInt(0).putInt(0).putInt(0)
                .putInt(0).putInt(fence).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
                .putInt(0).putInt(other).putInt(70).bytes());
            x.request(4, 0, x.body().putInt(other).bytes());
            x.request(sync, 15, x.body().putInt(fence).bytes()); // TriggerFence
            RawXConnection.Message m = x.read();
            assertEquals(RawXConnection.GENERIC_EVENT, m.type(), "only Present's events come: " + m);
            assertEquals(List.of(win, 7), List.of(m.card32(16), m.card32(20)));
            x.request(43, 0, new byte[0]);
            assertEquals(RawXConnection.REPLY, x.read().type(), "nothing for the destroyed window");
            sumac.assertAlive();
        }
    }
}
