/**
 * The X server library. Whatever shows a display elsewhere (the desktop bridge) gets {@link org.sumac.x11.port} and
 * nothing else: the compiler keeps it from reaching into the server. Only the application, which builds and
 * configures displays, sees the server package.
 */
module org.sumac.x11 {
    requires org.slf4j;
    requires jdk.net; // peer credentials of Unix-socket clients

    exports org.sumac.x11.port;
    exports org.sumac.x11.server to org.sumac.app;
    exports org.sumac.x11.ext to org.sumac.app; // the names -extension/+extension accept
}
