package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry of protocol extensions: name, major opcode, first event and first error, in one
 * table. Numbers follow Xvfb's where we implement the same extension, to ease comparisons.
 */
public final class Extensions {
    /** Handles the requests of one extension (minor opcode in byte 1). */
    public interface Handler {
        void dispatch(Client c, org.sumac.x11.protocol.RequestReader r, int minor);

        default void clientClosed(Client c) { }
    }

    public record Extension(String name, int majorOpcode, int firstEvent, int firstError, Handler handler) { }

    private final List<Extension> list = new ArrayList<>();
    private final Extension[] byOpcode = new Extension[256];

    Extensions(XServer server) { }

    public void register(String name, int major, int firstEvent, int firstError, Handler h) {
        Extension e = new Extension(name, major, firstEvent, firstError, h);
        list.add(e);
        byOpcode[major] = e;
    }

    public Extension byName(String name) {
        for (Extension e : list) if (e.name().equals(name)) return e;
        return null;
    }

    public Extension byOpcode(int major) { return byOpcode[major]; }

    public List<Extension> all() { return List.copyOf(list); }
}
