package org.sumac.x11.ext;

import java.util.HashMap;
import java.util.Map;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.screensaver.NotifyEvent;
import org.sumac.x11.protocol.screensaver.QueryInfo;
import org.sumac.x11.protocol.screensaver.QueryVersion;
import org.sumac.x11.protocol.screensaver.ScreensaverHandler;
import org.sumac.x11.protocol.screensaver.ScreensaverProtocol;
import org.sumac.x11.protocol.screensaver.SelectInput;
import org.sumac.x11.protocol.screensaver.SetAttributes;
import org.sumac.x11.protocol.screensaver.Suspend;
import org.sumac.x11.protocol.screensaver.UnsetAttributes;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * MIT-SCREEN-SAVER 1.1, as far as a display that never blanks needs it: QueryInfo tells the idle time (browsers,
 * power managers and lockers ask for it; device input from SPICE or XTEST resets it) and the time left before the
 * saver's timeout; SelectInput, SetAttributes, UnsetAttributes and Suspend are checked and kept as Xorg does. Sumac's
 * saver goes on only with ForceScreenSaver(Activate) and draws nothing (a remote screen is never blanked, and the
 * timeout never activates it); Reset and device input turn it off, and ScreenSaverNotify says so.
 */
final class ScreenSaver implements Extensions.Handler, ScreensaverHandler<Client> {
    private static final int STATE_OFF = 0, STATE_ON = 1, STATE_DISABLED = 3, NOTIFY_MASK = 1;
    private static final int KIND_BLANKED = 0, KIND_INTERNAL = 1, KIND_EXTERNAL = 2;
    /** The id QueryInfo gives for the saver's window (Xvfb's is a server-side id too; nothing can look it up). */
    static final int SAVER_WINDOW = 0x3f;
    private final XServer server;
    /** SelectInput's masks, per client (one screen). */
    private final Map<Client, Integer> masks = new HashMap<>();
    /** Suspend's counts, per client. */
    private final Map<Client, Integer> suspends = new HashMap<>();
    /** The client whose SetAttributes is in force (an external saver), or null. */
    private Client attributesOwner;
    private final int event;
    private boolean listening;

    ScreenSaver(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.event = bases.firstEvent();
    }

    private int kind() {
        return attributesOwner != null ? KIND_EXTERNAL
            : server.dispatcher.control.preferBlanking() != 0 ? KIND_BLANKED : KIND_INTERNAL;
    }

    /** ScreenSaverNotify to the clients that selected it, as Xorg's SendScreenSaverNotify. */
    private void saverChanged(boolean on, boolean forced) {
        NotifyEvent e = new NotifyEvent(on ? STATE_ON : STATE_OFF, server.time(), server.root.id(), SAVER_WINDOW, kind(),
            forced);
        for (var m : masks.entrySet()) {
            if ((m.getValue() & NOTIFY_MASK) != 0) server.sendEvent(m.getKey(), event + NotifyEvent.NUMBER, e.detail(), e::write);
        }
    }

    @Override public byte[] eventFieldWidths(int event) { return ScreensaverProtocol.eventFieldWidths(event); }

    @Override public void dispatch(Client c, RequestReader r, int minor) { ScreensaverProtocol.dispatch(this, c, r, minor); }

    @Override public void queryVersion(Client c, QueryVersion q) {
        c.sendReply(new QueryVersion.Reply(ScreensaverProtocol.MAJOR_VERSION, ScreensaverProtocol.MINOR_VERSION));
    }

    @Override public void queryInfo(Client c, QueryInfo q) {
        server.drawable(q.drawable());
        long idle = (System.nanoTime() - server.dispatcher.input.lastInputNanos()) / 1_000_000L;
        long timeout = server.dispatcher.control.saverTimeout() * 1000L;
        int state;
        long tilOrSince;
        if (server.dispatcher.control.saverOn()) {
            state = STATE_ON;
            tilOrSince = timeout == 0 ? 0 : idle - timeout; // as Xorg, even when that is negative
        } else {
            state = timeout == 0 ? STATE_DISABLED : STATE_OFF;
            tilOrSince = timeout == 0 || timeout < idle ? 0 : timeout - idle;
        }
        c.sendReply(new QueryInfo.Reply(state, SAVER_WINDOW, (int) tilOrSince, (int) Math.min(idle, 0xFFFFFFFFL),
            masks.getOrDefault(c, 0), kind()));
    }

    @Override public void selectInput(Client c, SelectInput q) {
        server.drawable(q.drawable());
        if (!listening) {
            listening = true; // the core's saver is built after this extension: heard from the first selection on
            server.dispatcher.control.addSaverListener(this::saverChanged);
        }
        if (q.eventMask() == 0) masks.remove(c);
        else masks.put(c, q.eventMask());
    }

    /** Xorg's checks, those CreateWindow makes on the saver window's geometry, class, depth and visual. */
    @Override public void setAttributes(Client c, SetAttributes q) {
        server.drawable(q.drawable());
        int mask = q.valueMask();
        q.valueList(); // the length, after the drawable
        Window root = server.root;
        if (q.width() == 0 || q.height() == 0) throw XError.value(0);
        int cls = q.cls();
        if (cls > Window.INPUT_ONLY) throw XError.value(cls);
        if (cls == 0) cls = root.windowClass;
        int depth = q.depth(), visual = q.visual();
        if (cls == Window.INPUT_ONLY && (q.borderWidth() != 0 || depth != 0)) throw XError.match();
        if (cls == Window.INPUT_OUTPUT && depth == 0) depth = root.depth;
        if (visual == 0) visual = root.visual;
        if (visual != root.visual || depth != root.depth) {
            int visualDepth = switch (visual) {
                case XServer.ROOT_VISUAL, XServer.DIRECT_VISUAL -> 24;
                case XServer.ARGB_VISUAL -> 32;
                default -> -1;
            };
            if (visualDepth < 0 || (depth != 0 && depth != visualDepth)) throw XError.match();
        }
        if ((mask & (0x4 | 0x8)) == 0 && cls != Window.INPUT_ONLY && depth != root.depth) throw XError.match();
        if ((mask & 0x2000) == 0 && cls != Window.INPUT_ONLY && visual != root.visual) throw XError.match();
        // Xorg's BadAccess carries the drawable (the value its lookup left)
        if (attributesOwner != null && attributesOwner != c) throw new XError(XError.ACCESS, q.drawable());
        attributesOwner = c;
    }

    @Override public void unsetAttributes(Client c, UnsetAttributes q) {
        server.drawable(q.drawable());
        if (attributesOwner == c) attributesOwner = null;
    }

    /** As Xorg: TRUE counts up, anything else counts down a client's suspension; nothing to suspend here. */
    @Override public void suspend(Client c, Suspend q) {
        Integer n = suspends.get(c);
        if (q.suspend() == 1) suspends.put(c, n == null ? 1 : n + 1);
        else if (n != null && n > 1) suspends.put(c, n - 1);
        else suspends.remove(c);
    }

    @Override public void clientClosed(Client c) {
        masks.remove(c);
        suspends.remove(c);
        if (attributesOwner == c) attributesOwner = null;
    }
}
