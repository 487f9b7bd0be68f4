// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CopyGC request (opcode 57).
 *
 * @param srcGc GCONTEXT
 * @param dstGc GCONTEXT
 * @param valueMask CARD32, mask of GC
 */
public record CopyGC(int srcGc, int dstGc, int valueMask) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CopyGC parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int srcGc = in_.int32At(4);
        int dstGc = in_.int32At(8);
        int valueMask = in_.int32At(12);
        return new CopyGC(srcGc, dstGc, valueMask);
    }
}
