// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Create request (minor opcode 1).
 *
 * @param damage DAMAGE
 * @param drawable DRAWABLE
 * @param level CARD8, values of ReportLevel
 */
public record Create(int damage, int drawable, int level) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Create parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int damage = in_.int32At(4);
        int drawable = in_.int32At(8);
        int level = in_.card8At(12);
        return new Create(damage, drawable, level);
    }
}
