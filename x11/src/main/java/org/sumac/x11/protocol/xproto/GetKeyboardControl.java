// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetKeyboardControl request (opcode 103).
 */
public record GetKeyboardControl() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetKeyboardControl parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetKeyboardControl();
    }

    /**
     * The reply to GetKeyboardControl.
     *
     * @param globalAutoRepeat BYTE, values of AutoRepeatMode
     * @param ledMask CARD32
     * @param keyClickPercent CARD8
     * @param bellPercent CARD8
     * @param bellPitch CARD16
     * @param bellDuration CARD16
     * @param autoRepeats list of CARD8, 32 items
     */
    public record Reply(int globalAutoRepeat, int ledMask, int keyClickPercent, int bellPercent, int bellPitch, int bellDuration, byte[] autoRepeats) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, globalAutoRepeat);
            o.i32(ledMask);
            o.u8(keyClickPercent);
            o.u8(bellPercent);
            o.u16(bellPitch);
            o.u16(bellDuration);
            o.zeros(2);
            if (autoRepeats.length != 32) throw new IllegalArgumentException("autoRepeats: 32 items");
            o.bytes(autoRepeats);
        }
    }
}
