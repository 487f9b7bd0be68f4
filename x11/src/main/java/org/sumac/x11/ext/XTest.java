package org.sumac.x11.ext;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.XprotoProtocol;
import org.sumac.x11.protocol.xtest.CompareCursor;
import org.sumac.x11.protocol.xtest.FakeInput;
import org.sumac.x11.protocol.xtest.GetVersion;
import org.sumac.x11.protocol.xtest.GrabControl;
import org.sumac.x11.protocol.xtest.XtestHandler;
import org.sumac.x11.protocol.xtest.XtestProtocol;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

import static org.sumac.x11.protocol.xtest.XtestEnums.Cursor;

/** XTEST 2.2: synthetic device input (xdotool, test harnesses), fed through the real input path. */
final class XTest implements Extensions.Handler, XtestHandler<Client> {
    private final XServer server;

    XTest(XServer server) { this.server = server; }

    @Override public void dispatch(Client c, RequestReader r, int minor) { XtestProtocol.dispatch(this, c, r, minor); }

    @Override public void getVersion(Client c, GetVersion q) {
        c.sendReply(new GetVersion.Reply(2, 2));
    }

    @Override public void compareCursor(Client c, CompareCursor q) {
        Window w = server.window(q.window());
        Cursors.Cursor actual = w.cursor;
        // 1 is CurrentCursor: the cursor shown now; otherwise a cursor id (0: None).
        boolean same = q.cursor() == Cursor.CURRENT ? actual == server.dispatcher.input.currentCursor()
                : (actual == null ? 0 : actual.id()) == q.cursor();
        c.sendReply(new CompareCursor.Reply(same));
    }

    /** The time field is not supported: the event happens now. */
    @Override public void fakeInput(Client c, FakeInput q) {
        int type = q.type(), detail = q.detail(), x = q.rootX(), y = q.rootY();
        var input = server.dispatcher.input;
        switch (type) {
            case XprotoProtocol.EVENT_KEY_PRESS -> input.injectXTestKey(detail, true);
            case XprotoProtocol.EVENT_KEY_RELEASE -> input.injectXTestKey(detail, false);
            case XprotoProtocol.EVENT_BUTTON_PRESS -> { if (detail < 1) throw XError.value(detail); input.injectXTestButton(detail, true); }
            case XprotoProtocol.EVENT_BUTTON_RELEASE -> { if (detail < 1) throw XError.value(detail); input.injectXTestButton(detail, false); }
            case XprotoProtocol.EVENT_MOTION_NOTIFY -> {
                if (q.root() != 0 && q.root() != XServer.ROOT_WINDOW) server.window(q.root());
                if (detail != 0) input.injectXTestMotion(input.pointerX + x, input.pointerY + y, x, y);
                else input.injectXTestMotion(x, y, x, y);
            }
            default -> throw XError.value(type);
        }
    }

    @Override public void grabControl(Client c, GrabControl q) { }
}
