// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

/** The named values of DAMAGE (masks as bit values). */
public final class DamageEnums {
    private DamageEnums() { }

    public static final class ReportLevel {
        private ReportLevel() { }

        public static final int RAW_RECTANGLES = 0;
        public static final int DELTA_RECTANGLES = 1;
        public static final int BOUNDING_BOX = 2;
        public static final int NON_EMPTY = 3;
    }
}
