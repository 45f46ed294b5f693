package it.traguardi.cli;

/** {@code serve} could not listen: another program (perhaps another Traguardi) holds the port. */
final class PortInUse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;

    PortInUse(String host, int port, Throwable cause) {
        super("port " + port + " of " + host + " is in use", cause);
        this.host = host;
        this.port = port;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /**
     * Fails now if the port cannot be bound, before the server starts and logs its own failure;
     * a port taken between this check and the start is still caught by {@link #isBindFailure}.
     */
    static void check(String host, int port) {
        if (port == 0) {
            return;
        }
        try (var probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.net.BindException e) {
            throw new PortInUse(host, port, e);
        } catch (java.io.IOException e) {
            // not a busy port (an unknown host, say): the server's own start reports it
        }
    }

    /** Whether a failure to start a server was a refused bind (the address already in use). */
    static boolean isBindFailure(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.net.BindException
                    || cause.getClass().getSimpleName().equals("JavalinBindException")) {
                return true;
            }
        }
        return false;
    }
}
