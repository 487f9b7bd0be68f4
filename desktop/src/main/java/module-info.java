/**
 * One desktop: an X display and the SPICE endpoint that shows it. It sees X only through
 * {@code org.sumac.x11.port}; x11 exports nothing else to it, so the compiler keeps the bridge out of the server.
 */
module org.sumac.desktop {
    requires transitive org.sumac.x11;
    requires transitive org.sumac.spice;
    requires org.slf4j;

    exports org.sumac.desktop;
}
