// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

/** The named values of SHAPE (masks as bit values). */
public final class ShapeEnums {
    private ShapeEnums() { }

    public static final class SO {
        private SO() { }

        public static final int SET = 0;
        public static final int UNION = 1;
        public static final int INTERSECT = 2;
        public static final int SUBTRACT = 3;
        public static final int INVERT = 4;
    }

    public static final class SK {
        private SK() { }

        public static final int BOUNDING = 0;
        public static final int CLIP = 1;
        public static final int INPUT = 2;
    }
}
