// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

/** The named values of RENDER (masks as bit values). */
public final class RenderEnums {
    private RenderEnums() { }

    public static final class PictType {
        private PictType() { }

        public static final int INDEXED = 0;
        public static final int DIRECT = 1;
    }

    public static final class Picture {
        private Picture() { }

        public static final int NONE = 0;
    }

    public static final class PictOp {
        private PictOp() { }

        public static final int CLEAR = 0;
        public static final int SRC = 1;
        public static final int DST = 2;
        public static final int OVER = 3;
        public static final int OVER_REVERSE = 4;
        public static final int IN = 5;
        public static final int IN_REVERSE = 6;
        public static final int OUT = 7;
        public static final int OUT_REVERSE = 8;
        public static final int ATOP = 9;
        public static final int ATOP_REVERSE = 10;
        public static final int XOR = 11;
        public static final int ADD = 12;
        public static final int SATURATE = 13;
        public static final int DISJOINT_CLEAR = 16;
        public static final int DISJOINT_SRC = 17;
        public static final int DISJOINT_DST = 18;
        public static final int DISJOINT_OVER = 19;
        public static final int DISJOINT_OVER_REVERSE = 20;
        public static final int DISJOINT_IN = 21;
        public static final int DISJOINT_IN_REVERSE = 22;
        public static final int DISJOINT_OUT = 23;
        public static final int DISJOINT_OUT_REVERSE = 24;
        public static final int DISJOINT_ATOP = 25;
        public static final int DISJOINT_ATOP_REVERSE = 26;
        public static final int DISJOINT_XOR = 27;
        public static final int CONJOINT_CLEAR = 32;
        public static final int CONJOINT_SRC = 33;
        public static final int CONJOINT_DST = 34;
        public static final int CONJOINT_OVER = 35;
        public static final int CONJOINT_OVER_REVERSE = 36;
        public static final int CONJOINT_IN = 37;
        public static final int CONJOINT_IN_REVERSE = 38;
        public static final int CONJOINT_OUT = 39;
        public static final int CONJOINT_OUT_REVERSE = 40;
        public static final int CONJOINT_ATOP = 41;
        public static final int CONJOINT_ATOP_REVERSE = 42;
        public static final int CONJOINT_XOR = 43;
        public static final int MULTIPLY = 48;
        public static final int SCREEN = 49;
        public static final int OVERLAY = 50;
        public static final int DARKEN = 51;
        public static final int LIGHTEN = 52;
        public static final int COLOR_DODGE = 53;
        public static final int COLOR_BURN = 54;
        public static final int HARD_LIGHT = 55;
        public static final int SOFT_LIGHT = 56;
        public static final int DIFFERENCE = 57;
        public static final int EXCLUSION = 58;
        public static final int HSL_HUE = 59;
        public static final int HSL_SATURATION = 60;
        public static final int HSL_COLOR = 61;
        public static final int HSL_LUMINOSITY = 62;
    }

    public static final class PolyEdge {
        private PolyEdge() { }

        public static final int SHARP = 0;
        public static final int SMOOTH = 1;
    }

    public static final class PolyMode {
        private PolyMode() { }

        public static final int PRECISE = 0;
        public static final int IMPRECISE = 1;
    }

    public static final class CP {
        private CP() { }

        public static final int REPEAT = 1;
        public static final int ALPHA_MAP = 2;
        public static final int ALPHA_X_ORIGIN = 4;
        public static final int ALPHA_Y_ORIGIN = 8;
        public static final int CLIP_X_ORIGIN = 16;
        public static final int CLIP_Y_ORIGIN = 32;
        public static final int CLIP_MASK = 64;
        public static final int GRAPHICS_EXPOSURE = 128;
        public static final int SUBWINDOW_MODE = 256;
        public static final int POLY_EDGE = 512;
        public static final int POLY_MODE = 1024;
        public static final int DITHER = 2048;
        public static final int COMPONENT_ALPHA = 4096;
    }

    public static final class SubPixel {
        private SubPixel() { }

        public static final int UNKNOWN = 0;
        public static final int HORIZONTAL_RGB = 1;
        public static final int HORIZONTAL_BGR = 2;
        public static final int VERTICAL_RGB = 3;
        public static final int VERTICAL_BGR = 4;
        public static final int NONE = 5;
    }

    public static final class Repeat {
        private Repeat() { }

        public static final int NONE = 0;
        public static final int NORMAL = 1;
        public static final int PAD = 2;
        public static final int REFLECT = 3;
    }
}
