// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * The SCREEN struct (variable size).
 *
 * @param root WINDOW
 * @param defaultColormap COLORMAP
 * @param whitePixel CARD32
 * @param blackPixel CARD32
 * @param currentInputMasks CARD32, mask of EventMask
 * @param widthInPixels CARD16
 * @param heightInPixels CARD16
 * @param widthInMillimeters CARD16
 * @param heightInMillimeters CARD16
 * @param minInstalledMaps CARD16
 * @param maxInstalledMaps CARD16
 * @param rootVisual VISUALID
 * @param backingStores BYTE, values of BackingStore
 * @param saveUnders BOOL
 * @param rootDepth CARD8
 * @param allowedDepths list of DEPTH, allowed_depths_len items
 */
public record Screen(int root, int defaultColormap, int whitePixel, int blackPixel, int currentInputMasks, int widthInPixels, int heightInPixels, int widthInMillimeters, int heightInMillimeters, int minInstalledMaps, int maxInstalledMaps, int rootVisual, int backingStores, boolean saveUnders, int rootDepth, java.util.List<Depth> allowedDepths) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Screen read(RequestReader in_, int at_) {
        int root = in_.int32At(at_);
        int defaultColormap = in_.int32At(at_ + 4);
        int whitePixel = in_.int32At(at_ + 8);
        int blackPixel = in_.int32At(at_ + 12);
        int currentInputMasks = in_.int32At(at_ + 16);
        int widthInPixels = in_.card16At(at_ + 20);
        int heightInPixels = in_.card16At(at_ + 22);
        int widthInMillimeters = in_.card16At(at_ + 24);
        int heightInMillimeters = in_.card16At(at_ + 26);
        int minInstalledMaps = in_.card16At(at_ + 28);
        int maxInstalledMaps = in_.card16At(at_ + 30);
        int rootVisual = in_.int32At(at_ + 32);
        int backingStores = in_.card8At(at_ + 36);
        boolean saveUnders = in_.card8At(at_ + 37) != 0;
        int rootDepth = in_.card8At(at_ + 38);
        int allowedDepthsLen = in_.card8At(at_ + 39);
        int allowedDepthsN_ = allowedDepthsLen;
        int pos_ = at_ + 40;
        if (allowedDepthsN_ < 0) throw XError.length();
        java.util.List<Depth> allowedDepths = new java.util.ArrayList<>();
        for (int i_ = 0; i_ < allowedDepthsN_; i_++) {
            Depth e_ = Depth.read(in_, pos_);
            pos_ += e_.wireSize();
            allowedDepths.add(e_);
        }
        return new Screen(root, defaultColormap, whitePixel, blackPixel, currentInputMasks, widthInPixels, heightInPixels, widthInMillimeters, heightInMillimeters, minInstalledMaps, maxInstalledMaps, rootVisual, backingStores, saveUnders, rootDepth, allowedDepths);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 4;
        n += 4;
        n += 4;
        n += 4;
        n += 4;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += 4;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        for (var e_ : allowedDepths) n += e_.wireSize();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(root);
        o.i32(defaultColormap);
        o.i32(whitePixel);
        o.i32(blackPixel);
        o.i32(currentInputMasks);
        o.u16(widthInPixels);
        o.u16(heightInPixels);
        o.u16(widthInMillimeters);
        o.u16(heightInMillimeters);
        o.u16(minInstalledMaps);
        o.u16(maxInstalledMaps);
        o.i32(rootVisual);
        o.u8(backingStores);
        o.bool(saveUnders);
        o.u8(rootDepth);
        o.u8(allowedDepths.size());
        for (var e_ : allowedDepths) e_.write(o);
    }
}
