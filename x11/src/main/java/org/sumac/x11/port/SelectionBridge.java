package org.sumac.x11.port;

import java.util.List;
import java.util.function.Consumer;

/**
 * The remote side's clipboard as X sees it (declared for the SPICE agent; no implementation yet). The port calls
 * these when X clients own or ask for a selection; the remote side answers through {@link Local}.
 */
public interface SelectionBridge {
    /** Which X selection: CLIPBOARD or PRIMARY. */
    enum Selection { CLIPBOARD, PRIMARY }

    /** An X client took the selection, offering data of these MIME types (empty: the selection was cleared). */
    void xOwnerChanged(Selection selection, List<String> mimeTypes);

    /** An X client asks for the remote side's data of a MIME type; answer through {@code reply} (null: refused). */
    void xRequests(Selection selection, String mimeType, Consumer<byte[]> reply);

    /** What the remote side tells X; obtained from the registration when the bridge is implemented. */
    interface Local {
        /** The remote side has clipboard data of these types: X clients now see a selection owner. */
        void remoteOwns(Selection selection, List<String> mimeTypes);

        /** Asks the X owner for its data of a MIME type; {@code reply} gets it, or null if the owner refused. */
        void requestFromX(Selection selection, String mimeType, Consumer<byte[]> reply);
    }
}
