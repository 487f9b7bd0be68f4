// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The RANDR extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class RandrProtocol {
    private RandrProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "RANDR";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 1, MINOR_VERSION = 6;

    // Minor opcodes.
    public static final int QUERY_VERSION = 0;
    public static final int SET_SCREEN_CONFIG = 2;
    public static final int SELECT_INPUT = 4;
    public static final int GET_SCREEN_INFO = 5;
    public static final int GET_SCREEN_SIZE_RANGE = 6;
    public static final int SET_SCREEN_SIZE = 7;
    public static final int GET_SCREEN_RESOURCES = 8;
    public static final int GET_OUTPUT_INFO = 9;
    public static final int LIST_OUTPUT_PROPERTIES = 10;
    public static final int QUERY_OUTPUT_PROPERTY = 11;
    public static final int CONFIGURE_OUTPUT_PROPERTY = 12;
    public static final int CHANGE_OUTPUT_PROPERTY = 13;
    public static final int DELETE_OUTPUT_PROPERTY = 14;
    public static final int GET_OUTPUT_PROPERTY = 15;
    public static final int CREATE_MODE = 16;
    public static final int DESTROY_MODE = 17;
    public static final int ADD_OUTPUT_MODE = 18;
    public static final int DELETE_OUTPUT_MODE = 19;
    public static final int GET_CRTC_INFO = 20;
    public static final int SET_CRTC_CONFIG = 21;
    public static final int GET_CRTC_GAMMA_SIZE = 22;
    public static final int GET_CRTC_GAMMA = 23;
    public static final int SET_CRTC_GAMMA = 24;
    public static final int GET_SCREEN_RESOURCES_CURRENT = 25;
    public static final int SET_CRTC_TRANSFORM = 26;
    public static final int GET_CRTC_TRANSFORM = 27;
    public static final int GET_PANNING = 28;
    public static final int SET_PANNING = 29;
    public static final int SET_OUTPUT_PRIMARY = 30;
    public static final int GET_OUTPUT_PRIMARY = 31;
    public static final int GET_PROVIDERS = 32;
    public static final int GET_PROVIDER_INFO = 33;
    public static final int SET_PROVIDER_OFFLOAD_SINK = 34;
    public static final int SET_PROVIDER_OUTPUT_SOURCE = 35;
    public static final int LIST_PROVIDER_PROPERTIES = 36;
    public static final int QUERY_PROVIDER_PROPERTY = 37;
    public static final int CONFIGURE_PROVIDER_PROPERTY = 38;
    public static final int CHANGE_PROVIDER_PROPERTY = 39;
    public static final int DELETE_PROVIDER_PROPERTY = 40;
    public static final int GET_PROVIDER_PROPERTY = 41;
    public static final int GET_MONITORS = 42;
    public static final int SET_MONITOR = 43;
    public static final int DELETE_MONITOR = 44;
    public static final int CREATE_LEASE = 45;
    public static final int FREE_LEASE = 46;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 2;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 4;

    // Event numbers relative to the first event (XGE events: their event type).
    public static final int EVENT_SCREEN_CHANGE_NOTIFY = 0;
    public static final int EVENT_NOTIFY = 1;

    // Error codes relative to the first error.
    public static final int ERROR_BAD_OUTPUT = 0;
    public static final int ERROR_BAD_CRTC = 1;
    public static final int ERROR_BAD_MODE = 2;
    public static final int ERROR_BAD_PROVIDER = 3;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            case 0 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 2, 2, 2, 2, 2, 2};
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(RandrHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case QUERY_VERSION -> h.queryVersion(client, QueryVersion.parse(r));
            case SET_SCREEN_CONFIG -> h.setScreenConfig(client, SetScreenConfig.parse(r));
            case SELECT_INPUT -> h.selectInput(client, SelectInput.parse(r));
            case GET_SCREEN_INFO -> h.getScreenInfo(client, GetScreenInfo.parse(r));
            case GET_SCREEN_SIZE_RANGE -> h.getScreenSizeRange(client, GetScreenSizeRange.parse(r));
            case SET_SCREEN_SIZE -> h.setScreenSize(client, SetScreenSize.parse(r));
            case GET_SCREEN_RESOURCES -> h.getScreenResources(client, GetScreenResources.parse(r));
            case GET_OUTPUT_INFO -> h.getOutputInfo(client, GetOutputInfo.parse(r));
            case LIST_OUTPUT_PROPERTIES -> h.listOutputProperties(client, ListOutputProperties.parse(r));
            case QUERY_OUTPUT_PROPERTY -> h.queryOutputProperty(client, QueryOutputProperty.parse(r));
            case CONFIGURE_OUTPUT_PROPERTY -> h.configureOutputProperty(client, ConfigureOutputProperty.parse(r));
            case CHANGE_OUTPUT_PROPERTY -> h.changeOutputProperty(client, ChangeOutputProperty.parse(r));
            case DELETE_OUTPUT_PROPERTY -> h.deleteOutputProperty(client, DeleteOutputProperty.parse(r));
            case GET_OUTPUT_PROPERTY -> h.getOutputProperty(client, GetOutputProperty.parse(r));
            case CREATE_MODE -> h.createMode(client, CreateMode.parse(r));
            case DESTROY_MODE -> h.destroyMode(client, DestroyMode.parse(r));
            case ADD_OUTPUT_MODE -> h.addOutputMode(client, AddOutputMode.parse(r));
            case DELETE_OUTPUT_MODE -> h.deleteOutputMode(client, DeleteOutputMode.parse(r));
            case GET_CRTC_INFO -> h.getCrtcInfo(client, GetCrtcInfo.parse(r));
            case SET_CRTC_CONFIG -> h.setCrtcConfig(client, SetCrtcConfig.parse(r));
            case GET_CRTC_GAMMA_SIZE -> h.getCrtcGammaSize(client, GetCrtcGammaSize.parse(r));
            case GET_CRTC_GAMMA -> h.getCrtcGamma(client, GetCrtcGamma.parse(r));
            case SET_CRTC_GAMMA -> h.setCrtcGamma(client, SetCrtcGamma.parse(r));
            case GET_SCREEN_RESOURCES_CURRENT -> h.getScreenResourcesCurrent(client, GetScreenResourcesCurrent.parse(r));
            case SET_CRTC_TRANSFORM -> h.setCrtcTransform(client, SetCrtcTransform.parse(r));
            case GET_CRTC_TRANSFORM -> h.getCrtcTransform(client, GetCrtcTransform.parse(r));
            case GET_PANNING -> h.getPanning(client, GetPanning.parse(r));
            case SET_PANNING -> h.setPanning(client, SetPanning.parse(r));
            case SET_OUTPUT_PRIMARY -> h.setOutputPrimary(client, SetOutputPrimary.parse(r));
            case GET_OUTPUT_PRIMARY -> h.getOutputPrimary(client, GetOutputPrimary.parse(r));
            case GET_PROVIDERS -> h.getProviders(client, GetProviders.parse(r));
            case GET_PROVIDER_INFO -> h.getProviderInfo(client, GetProviderInfo.parse(r));
            case SET_PROVIDER_OFFLOAD_SINK -> h.setProviderOffloadSink(client, SetProviderOffloadSink.parse(r));
            case SET_PROVIDER_OUTPUT_SOURCE -> h.setProviderOutputSource(client, SetProviderOutputSource.parse(r));
            case LIST_PROVIDER_PROPERTIES -> h.listProviderProperties(client, ListProviderProperties.parse(r));
            case QUERY_PROVIDER_PROPERTY -> h.queryProviderProperty(client, QueryProviderProperty.parse(r));
            case CONFIGURE_PROVIDER_PROPERTY -> h.configureProviderProperty(client, ConfigureProviderProperty.parse(r));
            case CHANGE_PROVIDER_PROPERTY -> h.changeProviderProperty(client, ChangeProviderProperty.parse(r));
            case DELETE_PROVIDER_PROPERTY -> h.deleteProviderProperty(client, DeleteProviderProperty.parse(r));
            case GET_PROVIDER_PROPERTY -> h.getProviderProperty(client, GetProviderProperty.parse(r));
            case GET_MONITORS -> h.getMonitors(client, GetMonitors.parse(r));
            case SET_MONITOR -> h.setMonitor(client, r);
            case DELETE_MONITOR -> h.deleteMonitor(client, DeleteMonitor.parse(r));
            case CREATE_LEASE -> h.createLease(client, CreateLease.parse(r));
            case FREE_LEASE -> h.freeLease(client, FreeLease.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
