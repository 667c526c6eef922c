/**
 * bengkel-testkit: seeded generators of valid bengkel values and a property runner, for tests of
 * bengkel itself and of applications built on it. No dependency but bengkel-core.
 *
 * <p>See {@link org.bengkel.testkit} for an example.
 */
module org.bengkel.testkit {
  requires transitive org.bengkel.core;
  requires static org.jspecify;

  exports org.bengkel.testkit;
}
