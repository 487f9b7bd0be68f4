// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetPictureTransform request (minor opcode 28).
 *
 * @param picture PICTURE
 * @param transform TRANSFORM
 */
public record SetPictureTransform(int picture, Transform transform) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetPictureTransform parse(RequestReader in_) {
        if (in_.length() != 44) throw XError.length();
        int picture = in_.int32At(4);
        Transform transform = Transform.read(in_, 8);
        return new SetPictureTransform(picture, transform);
    }
}
