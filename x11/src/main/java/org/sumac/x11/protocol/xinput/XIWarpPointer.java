// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIWarpPointer request (minor opcode 41).
 *
 * @param srcWin WINDOW
 * @param dstWin WINDOW
 * @param srcX FP1616
 * @param srcY FP1616
 * @param srcWidth CARD16
 * @param srcHeight CARD16
 * @param dstX FP1616
 * @param dstY FP1616
 * @param deviceid DeviceId
 */
public record XIWarpPointer(int srcWin, int dstWin, int srcX, int srcY, int srcWidth, int srcHeight, int dstX, int dstY, int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIWarpPointer parse(RequestReader in_) {
        if (in_.length() != 36) throw XError.length();
        int srcWin = in_.int32At(4);
        int dstWin = in_.int32At(8);
        int srcX = in_.int32At(12);
        int srcY = in_.int32At(16);
        int srcWidth = in_.card16At(20);
        int srcHeight = in_.card16At(22);
        int dstX = in_.int32At(24);
        int dstY = in_.int32At(28);
        int deviceid = in_.card16At(32);
        return new XIWarpPointer(srcWin, dstWin, srcX, srcY, srcWidth, srcHeight, dstX, dstY, deviceid);
    }
}
