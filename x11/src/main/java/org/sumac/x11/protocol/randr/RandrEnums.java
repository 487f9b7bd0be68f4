// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

/** The named values of RANDR (masks as bit values). */
public final class RandrEnums {
    private RandrEnums() { }

    public static final class Rotation {
        private Rotation() { }

        public static final int ROTATE_0 = 1;
        public static final int ROTATE_90 = 2;
        public static final int ROTATE_180 = 4;
        public static final int ROTATE_270 = 8;
        public static final int REFLECT_X = 16;
        public static final int REFLECT_Y = 32;
    }

    public static final class SetConfig {
        private SetConfig() { }

        public static final int SUCCESS = 0;
        public static final int INVALID_CONFIG_TIME = 1;
        public static final int INVALID_TIME = 2;
        public static final int FAILED = 3;
    }

    public static final class NotifyMask {
        private NotifyMask() { }

        public static final int SCREEN_CHANGE = 1;
        public static final int CRTC_CHANGE = 2;
        public static final int OUTPUT_CHANGE = 4;
        public static final int OUTPUT_PROPERTY = 8;
        public static final int PROVIDER_CHANGE = 16;
        public static final int PROVIDER_PROPERTY = 32;
        public static final int RESOURCE_CHANGE = 64;
        public static final int LEASE = 128;
    }

    public static final class ModeFlag {
        private ModeFlag() { }

        public static final int HSYNC_POSITIVE = 1;
        public static final int HSYNC_NEGATIVE = 2;
        public static final int VSYNC_POSITIVE = 4;
        public static final int VSYNC_NEGATIVE = 8;
        public static final int INTERLACE = 16;
        public static final int DOUBLE_SCAN = 32;
        public static final int CSYNC = 64;
        public static final int CSYNC_POSITIVE = 128;
        public static final int CSYNC_NEGATIVE = 256;
        public static final int HSKEW_PRESENT = 512;
        public static final int BCAST = 1024;
        public static final int PIXEL_MULTIPLEX = 2048;
        public static final int DOUBLE_CLOCK = 4096;
        public static final int HALVE_CLOCK = 8192;
    }

    public static final class Connection {
        private Connection() { }

        public static final int CONNECTED = 0;
        public static final int DISCONNECTED = 1;
        public static final int UNKNOWN = 2;
    }

    public static final class Transform {
        private Transform() { }

        public static final int UNIT = 1;
        public static final int SCALE_UP = 2;
        public static final int SCALE_DOWN = 4;
        public static final int PROJECTIVE = 8;
    }

    public static final class ProviderCapability {
        private ProviderCapability() { }

        public static final int SOURCE_OUTPUT = 1;
        public static final int SINK_OUTPUT = 2;
        public static final int SOURCE_OFFLOAD = 4;
        public static final int SINK_OFFLOAD = 8;
    }

    public static final class Notify {
        private Notify() { }

        public static final int CRTC_CHANGE = 0;
        public static final int OUTPUT_CHANGE = 1;
        public static final int OUTPUT_PROPERTY = 2;
        public static final int PROVIDER_CHANGE = 3;
        public static final int PROVIDER_PROPERTY = 4;
        public static final int RESOURCE_CHANGE = 5;
        public static final int LEASE = 6;
    }
}
