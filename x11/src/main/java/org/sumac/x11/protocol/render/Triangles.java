// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Triangles request (minor opcode 11).
 *
 * @param op CARD8, values of PictOp
 * @param src PICTURE
 * @param dst PICTURE
 * @param maskFormat PICTFORMAT
 * @param srcX INT16
 * @param srcY INT16
 * @param triangles list of TRIANGLE, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record Triangles(int op, int src, int dst, int maskFormat, int srcX, int srcY, TriangleList triangles) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether triangles
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static Triangles parse(RequestReader in_) {
        if (in_.length() < 24) throw XError.length();
        int op = in_.card8At(4);
        int src = in_.int32At(8);
        int dst = in_.int32At(12);
        int maskFormat = in_.int32At(16);
        int srcX = in_.int16At(20);
        int srcY = in_.int16At(22);
        TriangleList triangles = (in_.length() - 24) % 24 == 0
            ? new TriangleList(in_, 24, (in_.length() - 24) / 24) : null;
        return new Triangles(op, src, dst, maskFormat, srcX, srcY, triangles);
    }

    /**
     * The triangles, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public TriangleList triangles() {
        if (triangles == null) throw XError.length();
        return triangles;
    }
}
