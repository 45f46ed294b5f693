package it.traguardi.web.security;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proxy di fiducia: the load balancers (HAProxy, a reverse proxy) whose {@code X-Forwarded-For}
 * header tells the client's address. Behind one, every request comes from the proxy's own address:
 * without this, the audit trail would name the proxy for everyone, and the sign-in throttle per
 * address would count everyone's failures together and lock everyone out at once.
 *
 * <p>The header is believed only when the request comes from a trusted proxy, and read from its
 * right end: each trusted proxy appends the address it received from, so the first address from the
 * right that is not a trusted proxy is the client as the nearest untrusted hop saw it; anything
 * further left was written by the client and could be anything. A header that is not a list of IP
 * addresses is ignored (the proxy's own address is kept).
 */
public record TrustedProxies(Set<String> addresses) {

    /** No proxy is trusted: the address is the connection's (the default). */
    public static final TrustedProxies NONE = new TrustedProxies(Set.of());

    public static final String HEADER = "X-Forwarded-For";

    /** An IPv4 address in dotted form, or an IPv6 address in hex groups (no zone, no brackets). */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                    + "|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::(?:\\d{1,3}\\.){3}\\d{1,3})?");

    public TrustedProxies {
        addresses = Set.copyOf(addresses);
        for (var address : addresses) {
            if (!isAddress(address)) {
                throw new IllegalArgumentException("not an IP address: '" + address + "'");
            }
        }
    }

    /** The proxies of a comma-separated list ({@code 10.0.0.5, 10.0.0.6}); blank for none. */
    public static TrustedProxies parse(String list) {
        return new TrustedProxies(Set.copyOf(List.of(list.split(",")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    /** Whether the text is an IP address as a proxy writes it. */
    public static boolean isAddress(String text) {
        return text.length() <= 45 && ADDRESS.matcher(text).matches();
    }

    /** The client's address of the request: the connection's, or the one its trusted proxies tell. */
    public String clientAddress(Context ctx) {
        return clientAddress(ctx.req().getRemoteAddr(), ctx.header(HEADER));
    }

    /** The client's address of a request from {@code peer} with the header (or null). */
    public String clientAddress(String peer, String forwardedFor) {
        if (!addresses.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        var hops = forwardedFor.split(",", 32);
        for (int i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].strip();
            if (!isAddress(hop)) {
                return peer;
            }
            if (!addresses.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
