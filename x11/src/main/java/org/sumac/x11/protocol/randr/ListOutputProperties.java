// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListOutputProperties request (minor opcode 10).
 *
 * @param output OUTPUT
 */
public record ListOutputProperties(int output) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListOutputProperties parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int output = in_.int32At(4);
        return new ListOutputProperties(output);
    }

    /**
     * The reply to ListOutputProperties.
     *
     * @param atoms list of ATOM, num_atoms items
     */
    public record Reply(int[] atoms) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(atoms.length);
            o.zeros(22);
            for (var e_ : atoms) o.i32(e_);
        }
    }
}
