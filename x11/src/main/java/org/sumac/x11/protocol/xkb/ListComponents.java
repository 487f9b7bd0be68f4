// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListComponents request (minor opcode 22).
 *
 * @param deviceSpec DeviceSpec
 * @param maxNames CARD16
 */
public record ListComponents(int deviceSpec, int maxNames) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListComponents parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int maxNames = in_.card16At(6);
        return new ListComponents(deviceSpec, maxNames);
    }

    /**
     * The reply to ListComponents.
     *
     * @param deviceID CARD8
     * @param extra CARD16
     * @param keymaps list of Listing, nKeymaps items
     * @param keycodes list of Listing, nKeycodes items
     * @param types list of Listing, nTypes items
     * @param compatMaps list of Listing, nCompatMaps items
     * @param symbols list of Listing, nSymbols items
     * @param geometries list of Listing, nGeometries items
     */
    public record Reply(int deviceID, int extra, java.util.List<Listing> keymaps, java.util.List<Listing> keycodes, java.util.List<Listing> types, java.util.List<Listing> compatMaps, java.util.List<Listing> symbols, java.util.List<Listing> geometries) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.u16(keymaps.size());
            o.u16(keycodes.size());
            o.u16(types.size());
            o.u16(compatMaps.size());
            o.u16(symbols.size());
            o.u16(geometries.size());
            o.u16(extra);
            o.zeros(10);
            for (var e_ : keymaps) e_.write(o);
            for (var e_ : keycodes) e_.write(o);
            for (var e_ : types) e_.write(o);
            for (var e_ : compatMaps) e_.write(o);
            for (var e_ : symbols) e_.write(o);
            for (var e_ : geometries) e_.write(o);
        }
    }
}
