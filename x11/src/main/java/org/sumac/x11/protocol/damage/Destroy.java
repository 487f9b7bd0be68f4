// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Destroy request (minor opcode 2).
 *
 * @param damage DAMAGE
 */
public record Destroy(int damage) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Destroy parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int damage = in_.int32At(4);
        return new Destroy(damage);
    }
}
