// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListProviderProperties request (minor opcode 36).
 *
 * @param provider PROVIDER
 */
public record ListProviderProperties(int provider) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListProviderProperties parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int provider = in_.int32At(4);
        return new ListProviderProperties(provider);
    }

    /**
     * The reply to ListProviderProperties.
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
