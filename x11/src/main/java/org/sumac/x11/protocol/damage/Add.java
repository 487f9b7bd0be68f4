// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Add request (minor opcode 4).
 *
 * @param drawable DRAWABLE
 * @param region REGION
 */
public record Add(int drawable, int region) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Add parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int drawable = in_.int32At(4);
        int region = in_.int32At(8);
        return new Add(drawable, region);
    }
}
