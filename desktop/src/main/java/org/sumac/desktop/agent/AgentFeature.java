package org.sumac.desktop.agent;

/**
 * One part of the built-in agent (clipboard, monitors, file transfer): the VDAgent message types it answers and the
 * capabilities it announces. Called on the SPICE threads, one client connection at a time in order.
 */
public interface AgentFeature {
    /** The agent capability bits (VdAgent.CAP_*) this feature announces to clients. */
    int[] capabilities();

    /** Whether this feature answers client messages of this VDAgent type. */
    boolean handles(int type);

    /**
     * One complete message of a type it {@link #handles}. A message that does not parse throws
     * {@link MalformedAgentMessage}: the agent logs one line and drops it.
     */
    void messageReceived(AgentClient client, int type, byte[] data);

    /** A client's agent connection opened; its capabilities come later, with its ANNOUNCE_CAPABILITIES. */
    default void clientConnected(AgentClient client) {}

    /** The client announced (or re-announced) its capabilities. */
    default void capabilitiesAnnounced(AgentClient client) {}

    default void clientDisconnected(AgentClient client) {}

    /** The desktop closes: free what the feature holds. */
    default void close() {}
}
