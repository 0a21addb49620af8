package org.standpoint.cli.serve;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.standpoint.cli.DbOption;
import org.standpoint.analysis.Version;
import org.standpoint.serve.WebServer;
import org.standpoint.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code standpoint serve}: the REST API and the web UI over a database, until stopped. */
@Command(name = "serve", description = "Serve the web UI and the REST API (described at /openapi.json) over a database.")
public final class ServeCommand implements Callable<Integer> {
    private static final int MAX_PORT = 65_535;

    @Option(names = "--port", defaultValue = "8080", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
    String host;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        checkAddress();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Database db = options.openExisting(); WebServer server = WebServer.start(db, host, port, Version.TEXT)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.printf("serving %s at http://%s:%d/ (API described at /openapi.json); Ctrl-C stops%n", db.name(),
                    host.contains(":") ? "[" + host + "]" : host, server.port());
            out.flush();
            stopped.await();
        }
        return 0;
    }

    /** A port out of range or a host that is not this machine's is bad usage, said before anything starts. */
    private void checkAddress() {
        if (port < 0 || port > MAX_PORT) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to " + MAX_PORT + ", got " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--host " + host + " is not a known address");
        }
        try {
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                    && NetworkInterface.getByInetAddress(address) == null) {
                throw new ParameterException(spec.commandLine(), "--host " + host
                        + " is not an address of this machine; 127.0.0.1 serves this machine only, 0.0.0.0 every interface");
            }
        } catch (SocketException e) {
            throw new ParameterException(spec.commandLine(), "--host " + host + ": " + e.getMessage());
        }
    }
}
