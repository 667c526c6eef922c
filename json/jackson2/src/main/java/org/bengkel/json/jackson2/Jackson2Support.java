package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.json.internal.ModuleSupport;
import org.jspecify.annotations.Nullable;

/** Paths and error translation between Jackson 2 and bengkel-json. */
final class Jackson2Support {

  private Jackson2Support() {}

  /** The JSON path of the value at the parser's current token. */
  static String valuePath(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return path(ctx);
  }

  static String path(@Nullable JsonStreamContext context) {
    List<@Nullable Object> places = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      places.add(
          0,
          c.inObject()
              ? ModuleSupport.isMap(c.getCurrentValue())
                  ? ModuleSupport.MAP_KEY
                  : c.getCurrentName()
              : c.hasCurrentIndex() ? c.getCurrentIndex() : null);
    }
    return ModuleSupport.path(places);
  }

  static String path(List<JsonMappingException.Reference> references) {
    List<@Nullable Object> places = new ArrayList<>();
    for (JsonMappingException.Reference r : references) {
      places.add(
          r.getFieldName() == null
              ? r.getIndex()
              : ModuleSupport.isMap(r.getFrom()) ? ModuleSupport.MAP_KEY : r.getFieldName());
    }
    return ModuleSupport.path(places);
  }

  /** The library's exception for whatever Jackson 2 threw. */
  static BengkelJsonException translate(JsonProcessingException e) {
    return translate(e, null);
  }

  /**
   * The library's exception for what Jackson 2 threw while {@code at} read: Jackson creates some of
   * its errors (a reading limit) without the parser, whose place is then {@code at}'s.
   */
  static BengkelJsonException translate(JsonProcessingException e, @Nullable JsonParser at) {
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
    if (e instanceof JsonParseException) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field '")) {
        String name = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
        return BengkelJsonException.of(JsonRule.DUPLICATE_KEY, streamPath(e, at), name);
      }
      return BengkelJsonException.of(JsonRule.MALFORMED, streamPath(e, at), where(e.getLocation()));
    }
    if (e instanceof MismatchedInputException m) {
      // A tree read with FAIL_ON_READING_DUP_TREE_KEY; the parser is at the repeated property.
      String message = m.getOriginalMessage();
      if (message != null
          && message.startsWith("Duplicate field '")
          && message.contains("`ObjectNode`")) {
        String name = message.substring("Duplicate field '".length(), message.indexOf("' for"));
        return BengkelJsonException.of(JsonRule.DUPLICATE_KEY, streamPath(e, at), name);
      }
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
    if (e instanceof JsonMappingException m) {
      return BengkelJsonException.of(JsonRule.MALFORMED, path(m.getPath()), where(e.getLocation()));
    }
    return BengkelJsonException.of(JsonRule.MALFORMED, JsonPath.ROOT, where(e.getLocation()));
  }

  /**
   * Where the parser failed: the place it was reading, not the value of its current token, which is
   * still the token before the one it could not read (after {@code [} the element, not the array).
   */
  private static String streamPath(JsonProcessingException e, @Nullable JsonParser at) {
    JsonParser p = e.getProcessor() instanceof JsonParser processor ? processor : at;
    return p == null ? JsonPath.ROOT : path(p.getParsingContext());
  }

  private static String where(JsonLocation location) {
    return location == null
        ? "unknown position"
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
