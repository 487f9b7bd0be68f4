// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateAnimCursor request (minor opcode 31).
 *
 * @param cid CURSOR
 * @param cursors list of ANIMCURSORELT, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record CreateAnimCursor(int cid, AnimcursoreltList cursors) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether cursors
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static CreateAnimCursor parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int cid = in_.int32At(4);
        AnimcursoreltList cursors = (in_.length() - 8) % 8 == 0
            ? new AnimcursoreltList(in_, 8, (in_.length() - 8) / 8) : null;
        return new CreateAnimCursor(cid, cursors);
    }

    /**
     * The cursors, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public AnimcursoreltList cursors() {
        if (cursors == null) throw XError.length();
        return cursors;
    }
}
