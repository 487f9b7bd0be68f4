// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card16List;

/**
 * SetCrtcGamma request (minor opcode 24).
 *
 * @param crtc CRTC
 * @param sizeValue CARD16
 * @param red list of CARD16, size items
 * @param green list of CARD16, size items
 * @param blue list of CARD16, size items
 */
public record SetCrtcGamma(int crtc, int sizeValue, Card16List red, Card16List green, Card16List blue) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetCrtcGamma parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int crtc = in_.int32At(4);
        int sizeValue = in_.card16At(8);
        int redN_ = sizeValue;
        int pos_ = 12;
        Card16List red = new Card16List(in_, pos_, redN_);
        pos_ += redN_ * 2;
        int greenN_ = sizeValue;
        Card16List green = new Card16List(in_, pos_, greenN_);
        pos_ += greenN_ * 2;
        int blueN_ = sizeValue;
        Card16List blue = new Card16List(in_, pos_, blueN_);
        pos_ += blueN_ * 2;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetCrtcGamma(crtc, sizeValue, red, green, blue);
    }
}
