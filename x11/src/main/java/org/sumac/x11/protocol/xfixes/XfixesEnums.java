// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

/** The named values of XFIXES (masks as bit values). */
public final class XfixesEnums {
    private XfixesEnums() { }

    public static final class SaveSetMode {
        private SaveSetMode() { }

        public static final int INSERT = 0;
        public static final int DELETE = 1;
    }

    public static final class SaveSetTarget {
        private SaveSetTarget() { }

        public static final int NEAREST = 0;
        public static final int ROOT = 1;
    }

    public static final class SaveSetMapping {
        private SaveSetMapping() { }

        public static final int MAP = 0;
        public static final int UNMAP = 1;
    }

    public static final class SelectionEvent {
        private SelectionEvent() { }

        public static final int SET_SELECTION_OWNER = 0;
        public static final int SELECTION_WINDOW_DESTROY = 1;
        public static final int SELECTION_CLIENT_CLOSE = 2;
    }

    public static final class SelectionEventMask {
        private SelectionEventMask() { }

        public static final int SET_SELECTION_OWNER = 1;
        public static final int SELECTION_WINDOW_DESTROY = 2;
        public static final int SELECTION_CLIENT_CLOSE = 4;
    }

    public static final class CursorNotify {
        private CursorNotify() { }

        public static final int DISPLAY_CURSOR = 0;
    }

    public static final class CursorNotifyMask {
        private CursorNotifyMask() { }

        public static final int DISPLAY_CURSOR = 1;
    }

    public static final class Region {
        private Region() { }

        public static final int NONE = 0;
    }

    public static final class BarrierDirections {
        private BarrierDirections() { }

        public static final int POSITIVE_X = 1;
        public static final int POSITIVE_Y = 2;
        public static final int NEGATIVE_X = 4;
        public static final int NEGATIVE_Y = 8;
    }

    public static final class ClientDisconnectFlags {
        private ClientDisconnectFlags() { }

        public static final int DEFAULT = 0;
        public static final int TERMINATE = 1;
    }
}
