// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetScreenResourcesCurrent request (minor opcode 25).
 *
 * @param window WINDOW
 */
public record GetScreenResourcesCurrent(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetScreenResourcesCurrent parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetScreenResourcesCurrent(window);
    }

    /**
     * The reply to GetScreenResourcesCurrent.
     *
     * @param timestamp TIMESTAMP
     * @param configTimestamp TIMESTAMP
     * @param crtcs list of CRTC, num_crtcs items
     * @param outputs list of OUTPUT, num_outputs items
     * @param modes list of ModeInfo, num_modes items
     * @param names list of BYTE, names_len items
     */
    public record Reply(int timestamp, int configTimestamp, int[] crtcs, int[] outputs, java.util.List<ModeInfo> modes, byte[] names) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(timestamp);
            o.i32(configTimestamp);
            o.u16(crtcs.length);
            o.u16(outputs.length);
            o.u16(modes.size());
            o.u16(names.length);
            o.zeros(8);
            for (var e_ : crtcs) o.i32(e_);
            for (var e_ : outputs) o.i32(e_);
            for (var e_ : modes) e_.write(o);
            o.bytes(names);
        }
    }
}
