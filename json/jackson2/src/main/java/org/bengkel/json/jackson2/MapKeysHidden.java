package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.Map;

/**
 * Jackson's deserializer of a caller's {@code Map}, marking the object it reads as a map's (its
 * parsing context's current value is a map), so that bengkel's path of an error inside shows the
 * key as {@code [<key>]}, not the key itself: a caller may key a map by registration number or
 * name. Jackson 2 marks a bean's object, but not a map's.
 */
final class MapKeysHidden extends DelegatingDeserializer {

  private static final long serialVersionUID = 1L;

  /** Wraps the deserializer of every {@code Map} type. */
  static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config,
        MapType type,
        BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      return new MapKeysHidden(deserializer);
    }
  }

  MapKeysHidden(JsonDeserializer<?> delegatee) {
    super(delegatee);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new MapKeysHidden(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    mark(p);
    return super.deserialize(p, ctxt);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue)
      throws IOException {
    mark(p);
    return super.deserialize(p, ctxt, intoValue);
  }

  private static void mark(JsonParser p) {
    if (p.isExpectedStartObjectToken() && p.currentValue() == null) {
      p.assignCurrentValue(Map.of());
    }
  }
}
