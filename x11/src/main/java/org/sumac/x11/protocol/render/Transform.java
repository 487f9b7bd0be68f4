// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The TRANSFORM struct (36 bytes).
 *
 * @param matrix11 FIXED
 * @param matrix12 FIXED
 * @param matrix13 FIXED
 * @param matrix21 FIXED
 * @param matrix22 FIXED
 * @param matrix23 FIXED
 * @param matrix31 FIXED
 * @param matrix32 FIXED
 * @param matrix33 FIXED
 */
public record Transform(int matrix11, int matrix12, int matrix13, int matrix21, int matrix22, int matrix23, int matrix31, int matrix32, int matrix33) {
    /** Bytes on the wire. */
    public static final int SIZE = 36;

    /** Reads one from a request, at an offset from the request's start. */
    public static Transform read(RequestReader in_, int at_) {
        int matrix11 = in_.int32At(at_);
        int matrix12 = in_.int32At(at_ + 4);
        int matrix13 = in_.int32At(at_ + 8);
        int matrix21 = in_.int32At(at_ + 12);
        int matrix22 = in_.int32At(at_ + 16);
        int matrix23 = in_.int32At(at_ + 20);
        int matrix31 = in_.int32At(at_ + 24);
        int matrix32 = in_.int32At(at_ + 28);
        int matrix33 = in_.int32At(at_ + 32);
        return new Transform(matrix11, matrix12, matrix13, matrix21, matrix22, matrix23, matrix31, matrix32, matrix33);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(matrix11);
        o.i32(matrix12);
        o.i32(matrix13);
        o.i32(matrix21);
        o.i32(matrix22);
        o.i32(matrix23);
        o.i32(matrix31);
        o.i32(matrix32);
        o.i32(matrix33);
    }
}
