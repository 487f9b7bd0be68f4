// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeleteProviderProperty request (minor opcode 40).
 *
 * @param provider PROVIDER
 * @param property ATOM
 */
public record DeleteProviderProperty(int provider, int property) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeleteProviderProperty parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int provider = in_.int32At(4);
        int property = in_.int32At(8);
        return new DeleteProviderProperty(provider, property);
    }
}
