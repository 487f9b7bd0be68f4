// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ProviderChange struct (28 bytes).
 *
 * @param timestamp TIMESTAMP
 * @param window WINDOW
 * @param provider PROVIDER
 */
public record ProviderChange(int timestamp, int window, int provider) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static ProviderChange read(RequestReader in_, int at_) {
        int timestamp = in_.int32At(at_);
        int window = in_.int32At(at_ + 4);
        int provider = in_.int32At(at_ + 8);
        return new ProviderChange(timestamp, window, provider);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(timestamp);
        o.i32(window);
        o.i32(provider);
        o.zeros(16);
    }
}
