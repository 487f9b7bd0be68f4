// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetWindowAttributes request (opcode 3).
 *
 * @param window WINDOW
 */
public record GetWindowAttributes(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetWindowAttributes parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetWindowAttributes(window);
    }

    /**
     * The reply to GetWindowAttributes.
     *
     * @param backingStore CARD8, values of BackingStore
     * @param visual VISUALID
     * @param cls CARD16, values of WindowClass
     * @param bitGravity CARD8, values of Gravity
     * @param winGravity CARD8, values of Gravity
     * @param backingPlanes CARD32
     * @param backingPixel CARD32
     * @param saveUnder BOOL
     * @param mapIsInstalled BOOL
     * @param mapState CARD8, values of MapState
     * @param overrideRedirect BOOL
     * @param colormap COLORMAP
     * @param allEventMasks CARD32, mask of EventMask
     * @param yourEventMask CARD32, mask of EventMask
     * @param doNotPropagateMask CARD16, mask of EventMask
     */
    public record Reply(int backingStore, int visual, int cls, int bitGravity, int winGravity, int backingPlanes, int backingPixel, boolean saveUnder, boolean mapIsInstalled, int mapState, boolean overrideRedirect, int colormap, int allEventMasks, int yourEventMask, int doNotPropagateMask) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, backingStore);
            o.i32(visual);
            o.u16(cls);
            o.u8(bitGravity);
            o.u8(winGravity);
            o.i32(backingPlanes);
            o.i32(backingPixel);
            o.bool(saveUnder);
            o.bool(mapIsInstalled);
            o.u8(mapState);
            o.bool(overrideRedirect);
            o.i32(colormap);
            o.i32(allEventMasks);
            o.i32(yourEventMask);
            o.u16(doNotPropagateMask);
            o.zeros(2);
        }
    }
}
