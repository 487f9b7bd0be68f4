// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateAnimCursor request (minor opcode 31).
 *
 * @param cid CURSOR
 * @param cursors list of ANIMCURSORELT, the rest of the request
 */
public record CreateAnimCursor(int cid, AnimcursoreltList cursors) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreateAnimCursor parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int cid = in_.int32At(4);
        int pos_ = 8;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int cursorsN_ = (in_.length() - pos_) / 8;
        AnimcursoreltList cursors = new AnimcursoreltList(in_, pos_, cursorsN_);
        pos_ += cursorsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreateAnimCursor(cid, cursors);
    }
}
