// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * XIQueryPointer request (minor opcode 40).
 *
 * @param window WINDOW
 * @param deviceid DeviceId
 */
public record XIQueryPointer(int window, int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIQueryPointer parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int deviceid = in_.card16At(8);
        return new XIQueryPointer(window, deviceid);
    }

    /**
     * The reply to XIQueryPointer.
     *
     * @param root WINDOW
     * @param child WINDOW
     * @param rootX FP1616
     * @param rootY FP1616
     * @param winX FP1616
     * @param winY FP1616
     * @param sameScreen BOOL
     * @param mods ModifierInfo
     * @param group GroupInfo
     * @param buttons list of CARD32, buttons_len items
     */
    public record Reply(int root, int child, int rootX, int rootY, int winX, int winY, boolean sameScreen, ModifierInfo mods, GroupInfo group, int[] buttons) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(root);
            o.i32(child);
            o.i32(rootX);
            o.i32(rootY);
            o.i32(winX);
            o.i32(winY);
            o.bool(sameScreen);
            o.zeros(1);
            o.u16(buttons.length);
            mods.write(o);
            group.write(o);
            for (var e_ : buttons) o.i32(e_);
        }
    }
}
