// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetBackBufferAttributes request (minor opcode 7).
 *
 * @param buffer BackBuffer
 */
public record GetBackBufferAttributes(int buffer) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetBackBufferAttributes parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int buffer = in_.int32At(4);
        return new GetBackBufferAttributes(buffer);
    }

    /**
     * The reply to GetBackBufferAttributes.
     *
     * @param attributes BufferAttributes
     */
    public record Reply(BufferAttributes attributes) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            attributes.write(o);
            o.zeros(20);
        }
    }
}
