package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonTokenSource;

/**
 * The shared {@link NameMatchingContract} over bengkel-json's own text tokens, which match no names
 * (the default of {@link JsonTokenSource#nextName}).
 */
class TextNameMatchingTest extends NameMatchingContract {

  @Override
  protected JsonTokenSource source(String json, boolean bytes, BengkelJsonOptions options) {
    return new TextJson.Tokens(json);
  }

  @Override
  protected boolean matchesNames() {
    return false;
  }
}
