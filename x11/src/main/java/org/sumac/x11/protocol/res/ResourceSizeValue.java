// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ResourceSizeValue struct (variable size).
 *
 * @param sizeValue ResourceSizeSpec
 * @param crossReferences list of ResourceSizeSpec, num_cross_references items
 */
public record ResourceSizeValue(ResourceSizeSpec sizeValue, java.util.List<ResourceSizeSpec> crossReferences) {
    /** Reads one from a request, at an offset from the request's start. */
    public static ResourceSizeValue read(RequestReader in_, int at_) {
        ResourceSizeSpec sizeValue = ResourceSizeSpec.read(in_, at_);
        int numCrossReferences = in_.int32At(at_ + 20);
        int crossReferencesN_ = numCrossReferences;
        int pos_ = at_ + 24;
        java.util.List<ResourceSizeSpec> crossReferences = ResourceSizeSpecList.copy(in_, pos_, crossReferencesN_);
        pos_ += crossReferencesN_ * 20;
        return new ResourceSizeValue(sizeValue, crossReferences);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 20;
        n += 4;
        n += crossReferences.size() * 20;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        sizeValue.write(o);
        o.i32(crossReferences.size());
        for (var e_ : crossReferences) e_.write(o);
    }
}
