package org.sumac.x11.ext;

import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/** XTEST 2.2: synthetic device input (xdotool, test harnesses), fed through the real input path. */
final class XTest implements Extensions.Handler {
    private final XServer server;

    XTest(XServer server) { this.server = server; }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        switch (minor) {
            case 0 -> { // GetVersion
                if (r.length() != 8) throw XError.length();
                ReplyWriter o = c.reply(2);
                o.u16(2);
                c.sendReply(o);
            }
            case 1 -> { // CompareCursor
                if (r.length() != 12) throw XError.length();
                r.seek(4);
                Window w = server.window(r.i32());
                int cursor = r.i32();
                Cursors.Cursor actual = w.cursor;
                // 1 is CurrentCursor: the cursor shown now; otherwise a cursor id (0: None).
                boolean same = cursor == 1 ? actual == server.dispatcher.input.currentCursor()
                        : (actual == null ? 0 : actual.id()) == cursor;
                c.sendReply(c.reply(same ? 1 : 0));
            }
            case 2 -> fakeInput(c, r);
            case 3 -> { if (r.length() != 8) throw XError.length(); }
            default -> throw new XError(XError.REQUEST, 0);
        }
    }

    private void fakeInput(Client c, RequestReader r) {
        if (r.length() < 36) throw XError.length();
        r.seek(4);
        int type = r.u8(), detail = r.u8();
        r.skip(2);
        r.i32(); // time: delays are not supported; the event happens now
        int rootId = r.i32();
        r.skip(8);
        int x = r.s16(), y = r.s16();
        var input = server.dispatcher.input;
        switch (type) {
            case 2 -> input.injectKey(detail, true);
            case 3 -> input.injectKey(detail, false);
            case 4 -> { if (detail < 1) throw XError.value(detail); input.injectButton(detail, true); }
            case 5 -> { if (detail < 1) throw XError.value(detail); input.injectButton(detail, false); }
            case 6 -> {
                if (rootId != 0 && rootId != XServer.ROOT_WINDOW) server.window(rootId);
                if (detail != 0) input.injectMotion(input.pointerX + x, input.pointerY + y);
                else input.injectMotion(x, y);
            }
            default -> throw XError.value(type);
        }
    }
}
