package io.github.sfntestkit.mock;

import io.github.sfntestkit.SfnTestKitException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Sends the requests for one API to a loopback base URL. {@code from} is a URL prefix such as
 * {@code https://api.stripe.com/v1}, an API Gateway host name, or {@code *} for every request.
 */
final class LoopbackRoute {
  static final String ANY = "*";

  private final String from;
  private final URI base;

  private LoopbackRoute(String from, URI base) {
    this.from = from;
    this.base = base;
  }

  static LoopbackRoute of(String from, String baseUrl) {
    return new LoopbackRoute(normalize(from), loopback(baseUrl));
  }

  /** True when this route takes requests for this location ({@code origin + path}). */
  boolean matches(String location) {
    if (from.equals(ANY)) {
      return true;
    }
    return location.startsWith(from)
        && (location.length() == from.length() || location.charAt(from.length()) == '/');
  }

  /** How specific the route is: longer prefixes win, {@code *} loses to every prefix. */
  int specificity() {
    return from.equals(ANY) ? -1 : from.length();
  }

  /** The loopback URI for a request: the base URL, the rest of the path, the query. */
  URI target(OutgoingRequest request) {
    String rest = from.equals(ANY) ? request.path() : request.location().substring(from.length());
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    String path = trimSlash(basePath) + (rest.startsWith("/") ? rest : "/" + rest);
    String text = base.getScheme() + "://" + base.getRawAuthority() + path
        + (request.query().isEmpty() ? "" : "?" + request.query());
    URI uri = URI.create(text);
    if (!base.getHost().equals(uri.getHost()) || base.getPort() != uri.getPort()) {
      throw new SfnTestKitException("Refusing to send a request to " + uri + ": it is not on " + base);
    }
    return uri;
  }

  String from() {
    return from;
  }

  URI base() {
    return base;
  }

  private static String normalize(String from) {
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("route(from, baseUrl) needs a URL prefix, a host name or \"*\", got: " + from);
    }
    if (from.equals(ANY)) {
      return ANY;
    }
    String url = from.contains("://") ? from : "https://" + from;
    int pathStart = url.indexOf('/', url.indexOf("://") + 3);
    String origin = pathStart < 0 ? url : url.substring(0, pathStart);
    String path = pathStart < 0 ? "" : url.substring(pathStart);
    return origin.toLowerCase(Locale.ROOT) + trimSlash(path);
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The base URL, if it is an http(s) URL on this machine's loopback interface. */
  static URI loopback(String baseUrl) {
    URI uri;
    try {
      uri = new URI(baseUrl);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("Not a URL: " + baseUrl
          + ". Expected a loopback base URL such as \"http://localhost:8080\".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
        || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("Not a base URL: \"" + baseUrl
          + "\". Expected http(s)://host:port[/path] on loopback, such as \"http://localhost:8080\".");
    }
    if (!isLoopback(uri.getHost())) {
      throw new IllegalArgumentException("HTTP tasks only go to this machine's loopback interface, but \""
          + baseUrl + "\" is on " + uri.getHost()
          + ". Use localhost, 127.0.0.1 or [::1], e.g. \"http://localhost:\" + wireMock.port().");
    }
    return uri;
  }

  /** localhost, 127.0.0.0/8 or ::1, without asking DNS. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.equals("[0:0:0:0:0:0:0:1]")) {
      return true;
    }
    String[] octets = h.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String o : octets) {
      if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit) || Integer.parseInt(o) > 255) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return from + " -> " + base;
  }
}
