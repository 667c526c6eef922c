package org.bengkel.json.jackson3;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.json.internal.ModuleSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Paths and error translation between Jackson 3 and bengkel-json. */
final class Jackson3Support {

  private Jackson3Support() {}

  /** The JSON path of the value at the parser's current token. */
  static String valuePath(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return path(ctx);
  }

  static String path(@Nullable TokenStreamContext context) {
    List<@Nullable Object> places = new ArrayList<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      places.add(
          0,
          c.inObject()
              ? ModuleSupport.isMap(c.currentValue()) ? ModuleSupport.MAP_KEY : c.currentName()
              : c.hasCurrentIndex() ? c.getCurrentIndex() : null);
    }
    return ModuleSupport.path(places);
  }

  static String path(List<JacksonException.Reference> references) {
    List<@Nullable Object> places = new ArrayList<>();
    for (JacksonException.Reference r : references) {
      places.add(
          r.getPropertyName() == null
              ? r.getIndex()
              : ModuleSupport.isMap(r.from()) ? ModuleSupport.MAP_KEY : r.getPropertyName());
    }
    return ModuleSupport.path(places);
  }

  /** The library's exception for whatever Jackson 3 threw. */
  static BengkelJsonException translate(JacksonException e) {
    return translate(e, null);
  }

  /**
   * The library's exception for what Jackson 3 threw while {@code at} read: Jackson creates some of
   * its errors (a reading limit) without the parser, whose place is then {@code at}'s.
   */
  static BengkelJsonException translate(JacksonException e, @Nullable JsonParser at) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BengkelJsonException b) {
        return b;
      }
    }
    if (e instanceof StreamConstraintsException) {
      return BengkelJsonException.of(
          JsonRule.LIMIT_EXCEEDED, streamPath(e, at), e.getOriginalMessage());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return BengkelJsonException.of(
          JsonRule.UNKNOWN_PROPERTY, path(u.getPath()), u.getPropertyName());
    }
    if (e instanceof MismatchedInputException m) {
      // A tree read with FAIL_ON_READING_DUP_TREE_KEY; the parser is at the repeated property.
      String message = m.getOriginalMessage();
      String prefix = "Duplicate property \"";
      if (message != null && message.startsWith(prefix) && message.contains("`ObjectNode`")) {
        String name = message.substring(prefix.length(), message.indexOf("\" for"));
        return BengkelJsonException.of(JsonRule.DUPLICATE_KEY, streamPath(e, at), name);
      }
    }
    if (e instanceof StreamReadException) {
      String message = e.getOriginalMessage();
      String prefix = "Duplicate Object property \"";
      if (message != null && message.startsWith(prefix)) {
        String name = message.substring(prefix.length(), message.lastIndexOf('"'));
        return BengkelJsonException.of(JsonRule.DUPLICATE_KEY, streamPath(e, at), name);
      }
      return BengkelJsonException.of(JsonRule.MALFORMED, streamPath(e, at), where(e.getLocation()));
    }
    if (e instanceof MismatchedInputException m) {
      String expected =
          m.getTargetType() == null ? "another value" : m.getTargetType().getSimpleName();
      if (m.getPath().isEmpty()
          && m.getOriginalMessage() != null
          && m.getOriginalMessage().startsWith("No content")) {
        return BengkelJsonException.of(JsonRule.MALFORMED, JsonPath.ROOT, "empty document");
      }
      return BengkelJsonException.of(
          JsonRule.WRONG_TYPE, path(m.getPath()), expected, "another type");
    }
    if (e instanceof DatabindException) {
      return BengkelJsonException.of(JsonRule.MALFORMED, path(e.getPath()), where(e.getLocation()));
    }
    return BengkelJsonException.of(JsonRule.MALFORMED, JsonPath.ROOT, where(e.getLocation()));
  }

  /**
   * Where the parser failed: the place it was reading, not the value of its current token, which is
   * still the token before the one it could not read (after {@code [} the element, not the array).
   */
  private static String streamPath(JacksonException e, @Nullable JsonParser at) {
    JsonParser p = e.processor() instanceof JsonParser processor ? processor : at;
    return p == null ? JsonPath.ROOT : path(p.streamReadContext());
  }

  private static String where(TokenStreamLocation location) {
    return location == null
        ? "unknown position"
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
