package org.bengkel.json;

/**
 * The kinds of token a {@link JsonTokenSource} produces.
 *
 * <p>Immutable and thread-safe.
 */
public enum JsonToken {
  /** An opening brace, the start of an object. */
  BEGIN_OBJECT("an object"),
  /** A closing brace, the end of an object. */
  END_OBJECT("the end of an object"),
  /** An opening bracket, the start of an array. */
  BEGIN_ARRAY("an array"),
  /** A closing bracket, the end of an array. */
  END_ARRAY("the end of an array"),
  /** A property name inside an object. */
  NAME("a property name"),
  /** A string value. */
  STRING("a string"),
  /** A number, whole or not. */
  NUMBER("a number"),
  /** {@code true} or {@code false}. */
  BOOLEAN("a boolean"),
  /** {@code null}. */
  NULL("null"),
  /** The end of the input. */
  END_DOCUMENT("the end of the document");

  private final String description;

  JsonToken(String description) {
    this.description = description;
  }

  /**
   * A short English description for error messages, such as "a string".
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }
}
