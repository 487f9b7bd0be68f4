/**
 * The multi-user service: one SPICE port for every user, logins checked by the privileged helper, a desktop per
 * user. It builds displays through a {@link org.sumac.sessions.DisplayFactory} the application gives it, so it
 * sees X only through the port, as the desktop bridge does.
 */
module org.sumac.sessions {
    requires transitive org.sumac.desktop;
    requires org.slf4j;
    requires io.netty.handler;
    requires jdk.net;
    requires jdk.httpserver;
    requires java.management;

    exports org.sumac.sessions;
}
