// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

/** The named values of X-Resource (masks as bit values). */
public final class ResEnums {
    private ResEnums() { }

    public static final class ClientIdMask {
        private ClientIdMask() { }

        public static final int CLIENT_XID = 1;
        public static final int LOCAL_CLIENT_PID = 2;
    }
}
