// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetProviderInfo request (minor opcode 33).
 *
 * @param provider PROVIDER
 * @param configTimestamp TIMESTAMP
 */
public record GetProviderInfo(int provider, int configTimestamp) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetProviderInfo parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int provider = in_.int32At(4);
        int configTimestamp = in_.int32At(8);
        return new GetProviderInfo(provider, configTimestamp);
    }

    /**
     * The reply to GetProviderInfo.
     *
     * @param status CARD8
     * @param timestamp TIMESTAMP
     * @param capabilities CARD32, mask of ProviderCapability
     * @param numAssociatedProviders CARD16
     * @param crtcs list of CRTC, num_crtcs items
     * @param outputs list of OUTPUT, num_outputs items
     * @param associatedProviders list of PROVIDER, num_associated_providers items
     * @param associatedCapability list of CARD32, num_associated_providers items
     * @param name list of char, name_len items
     */
    public record Reply(int status, int timestamp, int capabilities, int numAssociatedProviders, int[] crtcs, int[] outputs, int[] associatedProviders, int[] associatedCapability, String name) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
            o.i32(timestamp);
            o.i32(capabilities);
            o.u16(crtcs.length);
            o.u16(outputs.length);
            o.u16(numAssociatedProviders);
            o.u16(name.length());
            o.zeros(8);
            for (var e_ : crtcs) o.i32(e_);
            for (var e_ : outputs) o.i32(e_);
            for (var e_ : associatedProviders) o.i32(e_);
            for (var e_ : associatedCapability) o.i32(e_);
            o.string8(name);
        }
    }
}
