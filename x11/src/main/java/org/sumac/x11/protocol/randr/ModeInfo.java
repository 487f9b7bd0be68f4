// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ModeInfo struct (32 bytes).
 *
 * @param id CARD32
 * @param width CARD16
 * @param height CARD16
 * @param dotClock CARD32
 * @param hsyncStart CARD16
 * @param hsyncEnd CARD16
 * @param htotal CARD16
 * @param hskew CARD16
 * @param vsyncStart CARD16
 * @param vsyncEnd CARD16
 * @param vtotal CARD16
 * @param nameLen CARD16
 * @param modeFlags CARD32, mask of ModeFlag
 */
public record ModeInfo(int id, int width, int height, int dotClock, int hsyncStart, int hsyncEnd, int htotal, int hskew, int vsyncStart, int vsyncEnd, int vtotal, int nameLen, int modeFlags) {
    /** Bytes on the wire. */
    public static final int SIZE = 32;

    /** Reads one from a request, at an offset from the request's start. */
    public static ModeInfo read(RequestReader in_, int at_) {
        int id = in_.int32At(at_);
        int width = in_.card16At(at_ + 4);
        int height = in_.card16At(at_ + 6);
        int dotClock = in_.int32At(at_ + 8);
        int hsyncStart = in_.card16At(at_ + 12);
        int hsyncEnd = in_.card16At(at_ + 14);
        int htotal = in_.card16At(at_ + 16);
        int hskew = in_.card16At(at_ + 18);
        int vsyncStart = in_.card16At(at_ + 20);
        int vsyncEnd = in_.card16At(at_ + 22);
        int vtotal = in_.card16At(at_ + 24);
        int nameLen = in_.card16At(at_ + 26);
        int modeFlags = in_.int32At(at_ + 28);
        return new ModeInfo(id, width, height, dotClock, hsyncStart, hsyncEnd, htotal, hskew, vsyncStart, vsyncEnd, vtotal, nameLen, modeFlags);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(id);
        o.u16(width);
        o.u16(height);
        o.i32(dotClock);
        o.u16(hsyncStart);
        o.u16(hsyncEnd);
        o.u16(htotal);
        o.u16(hskew);
        o.u16(vsyncStart);
        o.u16(vsyncEnd);
        o.u16(vtotal);
        o.u16(nameLen);
        o.i32(modeFlags);
    }
}
