// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Subtract request (minor opcode 3).
 *
 * @param damage DAMAGE
 * @param repair REGION
 * @param parts REGION
 */
public record Subtract(int damage, int repair, int parts) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Subtract parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int damage = in_.int32At(4);
        int repair = in_.int32At(8);
        int parts = in_.int32At(12);
        return new Subtract(damage, repair, parts);
    }
}
