// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Notify event (number 0 from the extension's first event).
 *
 * @param level CARD8, values of ReportLevel
 * @param drawable DRAWABLE
 * @param damage DAMAGE
 * @param timestamp TIMESTAMP
 * @param area RECTANGLE
 * @param geometry RECTANGLE
 */
public record NotifyEvent(int level, int drawable, int damage, int timestamp, org.sumac.x11.protocol.xproto.Rectangle area, org.sumac.x11.protocol.xproto.Rectangle geometry) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return level;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(drawable);
        o.i32(damage);
        o.i32(timestamp);
        area.write(o);
        geometry.write(o);
    }
}
