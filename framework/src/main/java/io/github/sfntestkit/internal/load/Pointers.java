package io.github.sfntestkit.internal.load;

import org.apiguardian.api.API;

/** RFC 6901 JSON pointer helpers. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Pointers {

  private Pointers() {}

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    StringBuilder sb = new StringBuilder(token.length() + 4);
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The pointer of a member of the object at {@code parent}. */
  public static String child(String parent, String field) {
    return parent + "/" + escape(field);
  }

  /** The pointer of an element of the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
