// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * The Setup struct (variable size).
 *
 * @param status CARD8
 * @param protocolMajorVersion CARD16
 * @param protocolMinorVersion CARD16
 * @param length CARD16
 * @param releaseNumber CARD32
 * @param resourceIdBase CARD32
 * @param resourceIdMask CARD32
 * @param motionBufferSize CARD32
 * @param maximumRequestLength CARD16
 * @param imageByteOrder CARD8, values of ImageOrder
 * @param bitmapFormatBitOrder CARD8, values of ImageOrder
 * @param bitmapFormatScanlineUnit CARD8
 * @param bitmapFormatScanlinePad CARD8
 * @param minKeycode KEYCODE
 * @param maxKeycode KEYCODE
 * @param vendor list of char, vendor_len items
 * @param pixmapFormats list of FORMAT, pixmap_formats_len items
 * @param roots list of SCREEN, roots_len items
 */
public record Setup(int status, int protocolMajorVersion, int protocolMinorVersion, int length, int releaseNumber, int resourceIdBase, int resourceIdMask, int motionBufferSize, int maximumRequestLength, int imageByteOrder, int bitmapFormatBitOrder, int bitmapFormatScanlineUnit, int bitmapFormatScanlinePad, int minKeycode, int maxKeycode, String vendor, java.util.List<Format> pixmapFormats, java.util.List<Screen> roots) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Setup read(RequestReader in_, int at_) {
        int status = in_.card8At(at_);
        int protocolMajorVersion = in_.card16At(at_ + 2);
        int protocolMinorVersion = in_.card16At(at_ + 4);
        int length = in_.card16At(at_ + 6);
        int releaseNumber = in_.int32At(at_ + 8);
        int resourceIdBase = in_.int32At(at_ + 12);
        int resourceIdMask = in_.int32At(at_ + 16);
        int motionBufferSize = in_.int32At(at_ + 20);
        int vendorLen = in_.card16At(at_ + 24);
        int maximumRequestLength = in_.card16At(at_ + 26);
        int rootsLen = in_.card8At(at_ + 28);
        int pixmapFormatsLen = in_.card8At(at_ + 29);
        int imageByteOrder = in_.card8At(at_ + 30);
        int bitmapFormatBitOrder = in_.card8At(at_ + 31);
        int bitmapFormatScanlineUnit = in_.card8At(at_ + 32);
        int bitmapFormatScanlinePad = in_.card8At(at_ + 33);
        int minKeycode = in_.card8At(at_ + 34);
        int maxKeycode = in_.card8At(at_ + 35);
        int vendorN_ = vendorLen;
        int pos_ = at_ + 40;
        String vendor = new ByteList(in_, pos_, vendorN_).string();
        pos_ += vendorN_;
        pos_ = (pos_ + 3) & -4;
        int pixmapFormatsN_ = pixmapFormatsLen;
        java.util.List<Format> pixmapFormats = FormatList.copy(in_, pos_, pixmapFormatsN_);
        pos_ += pixmapFormatsN_ * 8;
        int rootsN_ = rootsLen;
        if (rootsN_ < 0) throw XError.length();
        java.util.List<Screen> roots = new java.util.ArrayList<>();
        for (int i_ = 0; i_ < rootsN_; i_++) {
            Screen e_ = Screen.read(in_, pos_);
            pos_ += e_.wireSize();
            roots.add(e_);
        }
        return new Setup(status, protocolMajorVersion, protocolMinorVersion, length, releaseNumber, resourceIdBase, resourceIdMask, motionBufferSize, maximumRequestLength, imageByteOrder, bitmapFormatBitOrder, bitmapFormatScanlineUnit, bitmapFormatScanlinePad, minKeycode, maxKeycode, vendor, pixmapFormats, roots);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += 2;
        n += 2;
        n += 4;
        n += 4;
        n += 4;
        n += 4;
        n += 2;
        n += 2;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += 4;
        n += vendor.length();
        n = (n + 3) & -4;
        n += pixmapFormats.size() * 8;
        for (var e_ : roots) n += e_.wireSize();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(status);
        o.zeros(1);
        o.u16(protocolMajorVersion);
        o.u16(protocolMinorVersion);
        o.u16(length);
        o.i32(releaseNumber);
        o.i32(resourceIdBase);
        o.i32(resourceIdMask);
        o.i32(motionBufferSize);
        o.u16(vendor.length());
        o.u16(maximumRequestLength);
        o.u8(roots.size());
        o.u8(pixmapFormats.size());
        o.u8(imageByteOrder);
        o.u8(bitmapFormatBitOrder);
        o.u8(bitmapFormatScanlineUnit);
        o.u8(bitmapFormatScanlinePad);
        o.u8(minKeycode);
        o.u8(maxKeycode);
        o.zeros(4);
        o.string8(vendor);
        o.zeros(-o.size() & 3);
        for (var e_ : pixmapFormats) e_.write(o);
        for (var e_ : roots) e_.write(o);
    }
}
