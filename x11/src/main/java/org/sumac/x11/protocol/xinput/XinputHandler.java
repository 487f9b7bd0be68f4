// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of XInputExtension, one method each, called by XinputProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface XinputHandler<C> {
    /** GetExtensionVersion (1). */
    default void getExtensionVersion(C client, GetExtensionVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ListInputDevices (2). */
    default void listInputDevices(C client, ListInputDevices request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** OpenDevice (3). */
    default void openDevice(C client, OpenDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CloseDevice (4). */
    default void closeDevice(C client, CloseDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetDeviceMode (5). */
    default void setDeviceMode(C client, SetDeviceMode request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectExtensionEvent (6). */
    default void selectExtensionEvent(C client, SelectExtensionEvent request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetSelectedExtensionEvents (7). */
    default void getSelectedExtensionEvents(C client, GetSelectedExtensionEvents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeDeviceDontPropagateList (8). */
    default void changeDeviceDontPropagateList(C client, ChangeDeviceDontPropagateList request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceDontPropagateList (9). */
    default void getDeviceDontPropagateList(C client, GetDeviceDontPropagateList request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceMotionEvents (10). */
    default void getDeviceMotionEvents(C client, GetDeviceMotionEvents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeKeyboardDevice (11). */
    default void changeKeyboardDevice(C client, ChangeKeyboardDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangePointerDevice (12). */
    default void changePointerDevice(C client, ChangePointerDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GrabDevice (13). */
    default void grabDevice(C client, GrabDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** UngrabDevice (14). */
    default void ungrabDevice(C client, UngrabDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GrabDeviceKey (15). */
    default void grabDeviceKey(C client, GrabDeviceKey request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** UngrabDeviceKey (16). */
    default void ungrabDeviceKey(C client, UngrabDeviceKey request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GrabDeviceButton (17). */
    default void grabDeviceButton(C client, GrabDeviceButton request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** UngrabDeviceButton (18). */
    default void ungrabDeviceButton(C client, UngrabDeviceButton request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** AllowDeviceEvents (19). */
    default void allowDeviceEvents(C client, AllowDeviceEvents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceFocus (20). */
    default void getDeviceFocus(C client, GetDeviceFocus request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetDeviceFocus (21). */
    default void setDeviceFocus(C client, SetDeviceFocus request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetFeedbackControl (22). */
    default void getFeedbackControl(C client, GetFeedbackControl request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeFeedbackControl (23), not generated (struct FeedbackCtl): decode it from the reader. */
    default void changeFeedbackControl(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceKeyMapping (24). */
    default void getDeviceKeyMapping(C client, GetDeviceKeyMapping request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeDeviceKeyMapping (25). */
    default void changeDeviceKeyMapping(C client, ChangeDeviceKeyMapping request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceModifierMapping (26). */
    default void getDeviceModifierMapping(C client, GetDeviceModifierMapping request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetDeviceModifierMapping (27). */
    default void setDeviceModifierMapping(C client, SetDeviceModifierMapping request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceButtonMapping (28). */
    default void getDeviceButtonMapping(C client, GetDeviceButtonMapping request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetDeviceButtonMapping (29). */
    default void setDeviceButtonMapping(C client, SetDeviceButtonMapping request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryDeviceState (30). */
    default void queryDeviceState(C client, QueryDeviceState request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeviceBell (32). */
    default void deviceBell(C client, DeviceBell request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetDeviceValuators (33). */
    default void setDeviceValuators(C client, SetDeviceValuators request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceControl (34). */
    default void getDeviceControl(C client, GetDeviceControl request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeDeviceControl (35), not generated (struct DeviceCtl): decode it from the reader. */
    default void changeDeviceControl(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ListDeviceProperties (36). */
    default void listDeviceProperties(C client, ListDeviceProperties request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeDeviceProperty (37), not generated (switch items (case or expression)): decode it from the reader. */
    default void changeDeviceProperty(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeleteDeviceProperty (38). */
    default void deleteDeviceProperty(C client, DeleteDeviceProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceProperty (39). */
    default void getDeviceProperty(C client, GetDeviceProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIQueryPointer (40). */
    default void xIQueryPointer(C client, XIQueryPointer request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIWarpPointer (41). */
    default void xIWarpPointer(C client, XIWarpPointer request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIChangeCursor (42). */
    default void xIChangeCursor(C client, XIChangeCursor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIChangeHierarchy (43), not generated (list of struct HierarchyChange): decode it from the reader. */
    default void xIChangeHierarchy(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XISetClientPointer (44). */
    default void xISetClientPointer(C client, XISetClientPointer request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIGetClientPointer (45). */
    default void xIGetClientPointer(C client, XIGetClientPointer request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XISelectEvents (46). */
    default void xISelectEvents(C client, XISelectEvents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIQueryVersion (47). */
    default void xIQueryVersion(C client, XIQueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIQueryDevice (48). */
    default void xIQueryDevice(C client, XIQueryDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XISetFocus (49). */
    default void xISetFocus(C client, XISetFocus request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIGetFocus (50). */
    default void xIGetFocus(C client, XIGetFocus request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIGrabDevice (51). */
    default void xIGrabDevice(C client, XIGrabDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIUngrabDevice (52). */
    default void xIUngrabDevice(C client, XIUngrabDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIAllowEvents (53). */
    default void xIAllowEvents(C client, XIAllowEvents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIPassiveGrabDevice (54). */
    default void xIPassiveGrabDevice(C client, XIPassiveGrabDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIPassiveUngrabDevice (55). */
    default void xIPassiveUngrabDevice(C client, XIPassiveUngrabDevice request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIListProperties (56). */
    default void xIListProperties(C client, XIListProperties request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIChangeProperty (57), not generated (switch items (case or expression)): decode it from the reader. */
    default void xIChangeProperty(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIDeleteProperty (58). */
    default void xIDeleteProperty(C client, XIDeleteProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIGetProperty (59). */
    default void xIGetProperty(C client, XIGetProperty request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIGetSelectedEvents (60). */
    default void xIGetSelectedEvents(C client, XIGetSelectedEvents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** XIBarrierReleasePointer (61). */
    default void xIBarrierReleasePointer(C client, XIBarrierReleasePointer request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SendExtensionEvent (31), not generated (list of struct EventForSend): decode it from the reader. */
    default void sendExtensionEvent(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
