// Generated from xcb-proto 1.15.2 (xtest.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xtest;

/** The named values of XTEST (masks as bit values). */
public final class XtestEnums {
    private XtestEnums() { }

    public static final class Cursor {
        private Cursor() { }

        public static final int NONE = 0;
        public static final int CURRENT = 1;
    }
}
