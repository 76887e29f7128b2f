package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running server listens beyond this machine on its public HTTP port only (issue 25, finding 8: HTTPS, IIOP,
 * JMX, the message broker, the data grid and an H2 server listened on every interface). Read from the kernel: every
 * listening TCP socket the Payara process holds (its descriptors, matched to /proc/net/tcp and tcp6), with the
 * address it is bound to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListenersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    /** A listening socket: its local address (hex, as the kernel writes it) and port. */
    private record Listener(String address, int port) {

        boolean isLoopback() {
            // 127.0.0.1 as IPv4, ::1 and ::ffff:127.0.0.1 as IPv6 (the kernel writes each 32-bit word in host order)
            return address.equals("0100007F") || address.equals("00000000000000000000000001000000")
                    || address.equals("0000000000000000FFFF00000100007F");
        }
    }

    @Test
    void onlyThePublicHttpListenerListensBeyondThisMachine() throws IOException {
        Path domain = Path.of(System.getProperty("it.payara.home"), "glassfish", "domains", System.getProperty("it.domain"));
        long pid = Long.parseLong(Files.readString(domain.resolve("config/pid")).strip());
        Set<String> sockets = socketsOf(pid);
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] fields = line.trim().split("\\s+");
                // fields: sl, local address:port, remote, state (0A = LISTEN), …, inode (10th)
                if (fields[3].equals("0A") && sockets.contains(fields[9])) {
                    String[] local = fields[1].split(":");
                    listeners.add(new Listener(local[0], Integer.parseInt(local[1], 16)));
                }
            }
        }
        int http = Integer.parseInt(System.getProperty("it.http.port", "28080"));
        System.out.println("Payara listens on: " + listeners);
        assertThat(listeners).as("the server's listening sockets").anySatisfy(l -> assertThat(l.port()).isEqualTo(http));
        assertThat(listeners.stream().filter(l -> l.port() != http && !l.isLoopback()).toList())
                .as("listening sockets beyond this machine other than HTTP %d", http).isEmpty();
    }

    /** The inodes of the sockets a process holds open. */
    private static Set<String> socketsOf(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while the list was read
                }
            }
        }
        return inodes;
    }
}
