// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of SHAPE, one method each, called by ShapeProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface ShapeHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Rectangles (1). */
    default void rectangles(C client, Rectangles request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Mask (2). */
    default void mask(C client, Mask request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Combine (3). */
    default void combine(C client, Combine request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Offset (4). */
    default void offset(C client, Offset request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryExtents (5). */
    default void queryExtents(C client, QueryExtents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectInput (6). */
    default void selectInput(C client, SelectInput request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** InputSelected (7). */
    default void inputSelected(C client, InputSelected request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetRectangles (8). */
    default void getRectangles(C client, GetRectangles request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
