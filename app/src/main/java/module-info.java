/**
 * The {@code sumac} command. It builds displays, so it alone of the modules above x11 sees x11's server package
 * (x11's module-info exports it to this module only); the desktop bridge gets the port. The command runs from the
 * class path (bin/sumac); this file is for the compiler.
 */
module org.sumac.app {
    requires org.sumac.desktop;
    requires org.sumac.sessions;
    requires info.picocli;
    requires org.slf4j;

    // picocli fills the option fields by reflection.
    opens org.sumac.app to info.picocli;
}
