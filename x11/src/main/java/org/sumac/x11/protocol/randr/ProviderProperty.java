// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ProviderProperty struct (28 bytes).
 *
 * @param window WINDOW
 * @param provider PROVIDER
 * @param atom ATOM
 * @param timestamp TIMESTAMP
 * @param state CARD8
 */
public record ProviderProperty(int window, int provider, int atom, int timestamp, int state) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static ProviderProperty read(RequestReader in_, int at_) {
        int window = in_.int32At(at_);
        int provider = in_.int32At(at_ + 4);
        int atom = in_.int32At(at_ + 8);
        int timestamp = in_.int32At(at_ + 12);
        int state = in_.card8At(at_ + 16);
        return new ProviderProperty(window, provider, atom, timestamp, state);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(provider);
        o.i32(atom);
        o.i32(timestamp);
        o.u8(state);
        o.zeros(11);
    }
}
