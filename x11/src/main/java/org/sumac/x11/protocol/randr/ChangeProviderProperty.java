// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * ChangeProviderProperty request (minor opcode 39).
 *
 * @param provider PROVIDER
 * @param property ATOM
 * @param type ATOM
 * @param format CARD8
 * @param mode CARD8
 * @param numItems CARD32
 * @param data list of void, length by an expression
 */
public record ChangeProviderProperty(int provider, int property, int type, int format, int mode, int numItems, ByteList data) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ChangeProviderProperty parse(RequestReader in_) {
        if (in_.length() < 24) throw XError.length();
        int provider = in_.int32At(4);
        int property = in_.int32At(8);
        int type = in_.int32At(12);
        int format = in_.card8At(16);
        int mode = in_.card8At(17);
        int numItems = in_.int32At(20);
        int dataN_ = (numItems * (format / 8));
        int pos_ = 24;
        ByteList data = new ByteList(in_, pos_, dataN_);
        pos_ += dataN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ChangeProviderProperty(provider, property, type, format, mode, numItems, data);
    }
}
