// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of RANDR, one method each, called by RandrProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface RandrHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetScreenConfig (2). */
    default void setScreenConfig(C client, SetScreenConfig request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectInput (4). */
    default void selectInput(C client, SelectInput request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetScreenInfo (5). */
    default void getScreenInfo(C client, GetScreenInfo request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetScreenSizeRange (6). */
    default void getScreenSizeRange(C client, GetScreenSizeRange request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetScreenSize (7). */
    default void setScreenSize(C client, SetScreenSize request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetScreenResources (8). */
    default void getScreenResources(C client, GetScreenResources request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetOutputInfo (9). */
    default void getOutputInfo(C client, GetOutputInfo request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ListOutputProperties (10). */
    default void listOutputProperties(C client, ListOutputProperties request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryOutputProperty (11). */
    default void queryOutputProperty(C client, QueryOutputProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ConfigureOutputProperty (12). */
    default void configureOutputProperty(C client, ConfigureOutputProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeOutputProperty (13). */
    default void changeOutputProperty(C client, ChangeOutputProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeleteOutputProperty (14). */
    default void deleteOutputProperty(C client, DeleteOutputProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetOutputProperty (15). */
    default void getOutputProperty(C client, GetOutputProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateMode (16). */
    default void createMode(C client, CreateMode request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DestroyMode (17). */
    default void destroyMode(C client, DestroyMode request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** AddOutputMode (18). */
    default void addOutputMode(C client, AddOutputMode request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeleteOutputMode (19). */
    default void deleteOutputMode(C client, DeleteOutputMode request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCrtcInfo (20). */
    default void getCrtcInfo(C client, GetCrtcInfo request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetCrtcConfig (21). */
    default void setCrtcConfig(C client, SetCrtcConfig request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCrtcGammaSize (22). */
    default void getCrtcGammaSize(C client, GetCrtcGammaSize request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCrtcGamma (23). */
    default void getCrtcGamma(C client, GetCrtcGamma request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetCrtcGamma (24). */
    default void setCrtcGamma(C client, SetCrtcGamma request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetScreenResourcesCurrent (25). */
    default void getScreenResourcesCurrent(C client, GetScreenResourcesCurrent request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetCrtcTransform (26). */
    default void setCrtcTransform(C client, SetCrtcTransform request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCrtcTransform (27). */
    default void getCrtcTransform(C client, GetCrtcTransform request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetPanning (28). */
    default void getPanning(C client, GetPanning request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetPanning (29). */
    default void setPanning(C client, SetPanning request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetOutputPrimary (30). */
    default void setOutputPrimary(C client, SetOutputPrimary request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetOutputPrimary (31). */
    default void getOutputPrimary(C client, GetOutputPrimary request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetProviders (32). */
    default void getProviders(C client, GetProviders request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetProviderInfo (33). */
    default void getProviderInfo(C client, GetProviderInfo request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetProviderOffloadSink (34). */
    default void setProviderOffloadSink(C client, SetProviderOffloadSink request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetProviderOutputSource (35). */
    default void setProviderOutputSource(C client, SetProviderOutputSource request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ListProviderProperties (36). */
    default void listProviderProperties(C client, ListProviderProperties request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryProviderProperty (37). */
    default void queryProviderProperty(C client, QueryProviderProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ConfigureProviderProperty (38). */
    default void configureProviderProperty(C client, ConfigureProviderProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeProviderProperty (39). */
    default void changeProviderProperty(C client, ChangeProviderProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeleteProviderProperty (40). */
    default void deleteProviderProperty(C client, DeleteProviderProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetProviderProperty (41). */
    default void getProviderProperty(C client, GetProviderProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetMonitors (42). */
    default void getMonitors(C client, GetMonitors request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetMonitor (43), not generated (variable struct field): decode it from the reader. */
    default void setMonitor(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeleteMonitor (44). */
    default void deleteMonitor(C client, DeleteMonitor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateLease (45). */
    default void createLease(C client, CreateLease request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** FreeLease (46). */
    default void freeLease(C client, FreeLease request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
