package org.sumac.x11.ext;

import org.sumac.x11.server.XServer;

/** Registers the extensions this server offers, with Xvfb's opcode numbers. */
public final class CoreExtensions {
    private CoreExtensions() { }

    public static void registerAll(XServer server) {
        var ext = server.extensions;
        ext.register("Generic Event Extension", 128, 0, 0, new GenericEvent());
        ext.register("SHAPE", 129, 64, 0, new Shape(server));
        ext.register("XTEST", 132, 0, 0, new XTest(server));
        ext.register("BIG-REQUESTS", 133, 0, 0, new BigRequests());
        ext.register("XKEYBOARD", Xkb.MAJOR, Xkb.FIRST_EVENT, Xkb.FIRST_ERROR, new Xkb(server));
        ext.register("XC-MISC", 136, 0, 0, new XcMisc(server));
    }
}
