package org.example.host;

import jakarta.validation.constraints.NotNull;

/** A host's own class outside bengkel: its no-argument method with a constraint is no property. */
public class HostBean {

  /**
   * A computed value whose return value method validation checks.
   *
   * @return never null
   */
  @NotNull
  public String compute() {
    return "x";
  }
}
