package org.sumac.x11.port;

import java.util.List;
import java.util.function.Consumer;

/**
 * The remote side's clipboard as X sees it (the SPICE agent's). The port calls these when X clients own or ask for a
 * selection; the remote side answers and acts through the {@link Local} that {@link DisplayPort#bridgeSelections}
 * returns. Data is named by MIME type ({@link #TEXT}: UTF-8 text, whichever X target it came from or goes to). The
 * calls come without the display lock, on the display's timer thread, one at a time.
 */
public interface SelectionBridge {
    /** Which X selection: CLIPBOARD or PRIMARY. */
    enum Selection { CLIPBOARD, PRIMARY }

    /** UTF-8 text: X's UTF8_STRING, text/plain;charset=utf-8, STRING (Latin-1, converted) and TEXT. */
    String TEXT = "text/plain;charset=utf-8";

    /** An X client took the selection, offering data of these MIME types (empty: no X client owns it now). */
    void xOwnerChanged(Selection selection, List<String> mimeTypes);

    /**
     * An X client asks for the remote side's data of a MIME type it offered; answer once through {@code reply}, from
     * any thread (null: refused). An answer that does not come within the bridge's timeout refuses the X client and
     * is then ignored.
     */
    void xRequests(Selection selection, String mimeType, Consumer<byte[]> reply);

    /** What the remote side tells X; closing it stops the bridge and gives up the selections it holds. */
    interface Local extends Registration {
        /**
         * The remote side has clipboard data of these types: the bridge owns the X selection (the previous owner
         * gets SelectionClear). Empty: the remote side let it go, and the bridge gives it up if it still owns it.
         */
        void remoteOwns(Selection selection, List<String> mimeTypes);

        /**
         * Asks the X owner for its data of a MIME type it offered; {@code reply} gets it (from the display's timer
         * thread), or null if there is no X owner, it refused, it sent more than {@code maxBytes}, or it did not
         * finish within the bridge's timeout. Large data is read as ICCCM's INCR transfers.
         */
        void requestFromX(Selection selection, String mimeType, int maxBytes, Consumer<byte[]> reply);
    }
}
