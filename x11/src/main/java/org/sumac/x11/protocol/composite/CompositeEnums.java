// Generated from xcb-proto 1.15.2 (composite.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.composite;

/** The named values of Composite (masks as bit values). */
public final class CompositeEnums {
    private CompositeEnums() { }

    public static final class Redirect {
        private Redirect() { }

        public static final int AUTOMATIC = 0;
        public static final int MANUAL = 1;
    }
}
