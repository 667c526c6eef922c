package org.bengkel.json.jackson3;

import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.type.MapType;

/**
 * Jackson's deserializer of a caller's {@code Map}, marking the object it reads as a map's (its
 * parsing context's current value is a map) from its start, so that bengkel's path of an error
 * inside shows the key as {@code [<key>]}, not the key itself: a caller may key a map by
 * registration number or name.
 */
final class MapKeysHidden extends DelegatingDeserializer {

  /** Wraps the deserializer of every {@code Map} type. */
  static final class Modifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config,
        MapType type,
        BeanDescription.Supplier beanDescRef,
        ValueDeserializer<?> deserializer) {
      return new MapKeysHidden(deserializer);
    }
  }

  MapKeysHidden(ValueDeserializer<?> delegatee) {
    super(delegatee);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
    return new MapKeysHidden(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    mark(p);
    return super.deserialize(p, ctxt);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
    mark(p);
    return super.deserialize(p, ctxt, intoValue);
  }

  private static void mark(JsonParser p) {
    if (p.isExpectedStartObjectToken() && p.currentValue() == null) {
      p.assignCurrentValue(Map.of());
    }
  }
}
