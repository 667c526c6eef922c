/**
 * Seeded generators of valid bengkel values and a property runner (<i>perangkat uji</i>), for
 * property-based tests of bengkel and of the applications built on it.
 *
 * <ul>
 *   <li>{@link org.bengkel.testkit.Gen}: a generator over {@link java.util.random.RandomGenerator},
 *       with {@code map}, {@code filter}, {@code flatMap} and the building blocks {@code constant},
 *       {@code choose}, {@code oneOf}, {@code frequency}, {@code longs}, {@code ints}, {@code
 *       dates}, {@code strings}, {@code listOf}, {@code optionalOf}, {@code zip};
 *   <li>one {@code XxxGen} class per package of bengkel-core with generators of its public types:
 *       {@link org.bengkel.testkit.MoneyGen}, {@link org.bengkel.testkit.FacilityGen}, ...; every
 *       generator produces only valid values;
 *   <li>{@link org.bengkel.testkit.Property}: runs a property over N samples (1000 by default,
 *       {@code -Dbengkel.samples=N}) and on failure throws a {@link
 *       org.bengkel.testkit.PropertyFailure} with the seed, the failing sample and how to replay it
 *       ({@code -Dbengkel.seed=...}).
 * </ul>
 *
 * <p>Example, a JUnit 5 test in an application that pays trainees' premi:
 *
 * <pre>{@code
 * import static org.junit.jupiter.api.Assertions.assertEquals;
 *
 * import org.bengkel.money.Rupiah;
 * import org.bengkel.testkit.Gen;
 * import org.bengkel.testkit.MoneyGen;
 * import org.bengkel.testkit.Property;
 * import org.junit.jupiter.api.Test;
 *
 * class PremiPoolTest {
 *   record Case(Rupiah pool, long[] hours) {}
 *
 *   @Test
 *   void sharesAddUpToThePool() {
 *     Gen<Case> cases = Gen.zip(MoneyGen.rupiah(100_000_000), MoneyGen.weights(), Case::new);
 *     Property.check("premi shares add up to the pool", cases, c -> {
 *       long sum = c.pool().allocate(c.hours()).stream().mapToLong(Rupiah::amount).sum();
 *       assertEquals(c.pool().amount(), sum);
 *     });
 *   }
 * }
 * }</pre>
 *
 * <p>A failure reads like:
 *
 * <pre>
 * Property 'premi shares add up to the pool' failed at sample 17 (of 1000) with seed -4372...
 *   sample: Case[pool=Rp1.250.000, hours=[J@1b6d3586]
 *   cause: org.opentest4j.AssertionFailedError: expected: &lt;1250000&gt; but was: &lt;1249999&gt;
 *   replay: run again with -Dbengkel.seed=-4372..., for example: mvn test -Dtest=PremiPoolTest#sharesAddUpToThePool -Dbengkel.seed=-4372...
 * </pre>
 *
 * <p>(Give your sample types a readable {@code toString()}: records of arrays print the array's
 * identity, as above.)
 */
@NullMarked
package org.bengkel.testkit;

import org.jspecify.annotations.NullMarked;
