package org.sumac.x11.ext;

import java.util.List;
import org.sumac.x11.port.ScreenLayout;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;

/**
 * XINERAMA 1.1 as Xorg offers it without +xinerama (RANDR's emulation, rrxinerama.c): the screens are RANDR's
 * active monitors. Hand-encoded, as protogen has no xinerama module: six fixed-size requests.
 */
final class Xinerama implements Extensions.Handler {
    private static final int QUERY_VERSION = 0, GET_STATE = 1, GET_SCREEN_COUNT = 2, GET_SCREEN_SIZE = 3,
        IS_ACTIVE = 4, QUERY_SCREENS = 5;
    private final XServer server;

    Xinerama(XServer server) {
        this.server = server;
    }

    /** The request must be exactly {@code size} bytes (Xorg's REQUEST_SIZE_MATCH). */
    private static void size(RequestReader r, int size) {
        if (r.length() != size) throw XError.length();
    }

    @Override
    public void dispatch(Client c, RequestReader r, int minor) {
        List<ScreenLayout.Monitor> screens = server.screenMonitors();
        switch (minor) {
            case QUERY_VERSION -> {
                size(r, 8);
                ReplyWriter w = c.reply(0);
                w.u16(1).u16(1);
                c.sendReply(w);
            }
            case GET_STATE -> {
                size(r, 8);
                int window = r.int32At(4);
                server.window(window);
                ReplyWriter w = c.reply(screens.isEmpty() ? 0 : 1);
                w.i32(window);
                c.sendReply(w);
            }
            case GET_SCREEN_COUNT -> {
                size(r, 8);
                int window = r.int32At(4);
                server.window(window);
                ReplyWriter w = c.reply(screens.size());
                w.i32(window);
                c.sendReply(w);
            }
            case GET_SCREEN_SIZE -> {
                size(r, 12);
                int window = r.int32At(4), screen = r.int32At(8);
                server.window(window);
                // as Xorg's emulation: the root's size whatever the screen number
                ReplyWriter w = c.reply(0);
                w.i32(server.screenWidth()).i32(server.screenHeight()).i32(window).i32(screen);
                c.sendReply(w);
            }
            case IS_ACTIVE -> {
                size(r, 4);
                ReplyWriter w = c.reply(0);
                w.i32(screens.isEmpty() ? 0 : 1);
                c.sendReply(w);
            }
            case QUERY_SCREENS -> {
                size(r, 4);
                ReplyWriter w = c.reply(0);
                w.i32(screens.size()).zeros(20);
                for (ScreenLayout.Monitor m : screens) w.u16(m.x()).u16(m.y()).u16(m.width()).u16(m.height());
                c.sendReply(w);
            }
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
