// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

/** The named values of DOUBLE-BUFFER (masks as bit values). */
public final class DbeEnums {
    private DbeEnums() { }

    public static final class SwapAction {
        private SwapAction() { }

        public static final int UNDEFINED = 0;
        public static final int BACKGROUND = 1;
        public static final int UNTOUCHED = 2;
        public static final int COPIED = 3;
    }
}
