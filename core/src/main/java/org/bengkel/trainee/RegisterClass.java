package org.bengkel.trainee;

import java.util.Optional;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The register class of a person in custody (<i>golongan register</i>), Permenkumham on
 * registration: detainees (<i>tahanan</i>) A.I to A.V by the authority holding them, convicts
 * (<i>narapidana</i>) B.I, B.IIa, B.IIb by sentence length and B.III for <i>kurungan</i>.
 *
 * <p>Only convicts may be production trainees; a detainee can be recorded but not enrolled in
 * production. Immutable and thread-safe.
 */
public enum RegisterClass {
  /** A.I: detainee of the investigator (police). */
  A_I("A.I", false),
  /** A.II: detainee of the public prosecutor. */
  A_II("A.II", false),
  /** A.III: detainee of the district court. */
  A_III("A.III", false),
  /** A.IV: detainee of the high court. */
  A_IV("A.IV", false),
  /** A.V: detainee of the supreme court. */
  A_V("A.V", false),
  /** B.I: convict with a sentence of more than one year. */
  B_I("B.I", true),
  /** B.IIa: convict with a sentence of more than three months up to one year. */
  B_IIA("B.IIa", true),
  /** B.IIb: convict with a sentence of three months or less. */
  B_IIB("B.IIb", true),
  /** B.III: convict sentenced to <i>kurungan</i> (confinement in lieu of a fine). */
  B_III("B.III", true);

  private final String prefix;
  private final boolean convict;

  RegisterClass(String prefix, boolean convict) {
    this.prefix = prefix;
    this.convict = convict;
  }

  /**
   * The prefix as written at the start of a registration number, such as {@code B.IIa}.
   *
   * @return the prefix, never null
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Whether this class is for convicts (<i>narapidana</i>), the only people who may be production
   * trainees.
   *
   * @return true for B.I, B.IIa, B.IIb and B.III
   */
  public boolean isConvict() {
    return convict;
  }

  /**
   * The class whose prefix starts {@code text}, followed by the end or a separator (space, dot,
   * hyphen or slash), so that {@code B.II} never matches {@code B.IIa}. The longest prefix wins.
   *
   * @param text a registration number, not null
   * @return the class, empty if none matches
   * @throws org.bengkel.error.MissingValueException if {@code text} is null
   */
  public static Optional<RegisterClass> ofPrefix(String text) {
    Checks.required(text, "text");
    return Optional.ofNullable(ofPrefixOrNull(text));
  }

  /**
   * As {@link #ofPrefix(String)}, without the {@code Optional}: the classes are looked up by the
   * first character, longest prefix first, so the first that matches is the longest.
   *
   * @param text a registration number, not null
   * @return the class, null if none matches
   */
  static @Nullable RegisterClass ofPrefixOrNull(String text) {
    if (text.isEmpty()) {
      return null;
    }
    RegisterClass[] candidates;
    switch (text.charAt(0)) {
      case 'A' -> candidates = BY_LENGTH_A;
      case 'B' -> candidates = BY_LENGTH_B;
      default -> candidates = BY_LENGTH_OTHER;
    }
    for (RegisterClass c : candidates) {
      String p = c.prefix;
      if (text.startsWith(p)
          && (text.length() == p.length() || isSeparator(text.charAt(p.length())))) {
        return c;
      }
    }
    return null;
  }

  private static final RegisterClass[] BY_LENGTH_A = byLength('A');
  private static final RegisterClass[] BY_LENGTH_B = byLength('B');
  private static final RegisterClass[] BY_LENGTH_OTHER = byLength('\0');

  /** The classes whose prefix starts with {@code first} (all others for NUL), longest first. */
  private static RegisterClass[] byLength(char first) {
    return java.util.Arrays.stream(values())
        .filter(
            c ->
                first == '\0'
                    ? c.prefix.charAt(0) != 'A' && c.prefix.charAt(0) != 'B'
                    : c.prefix.charAt(0) == first)
        .sorted(
            java.util.Comparator.comparingInt((RegisterClass c) -> c.prefix.length()).reversed())
        .toArray(RegisterClass[]::new);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '/';
  }
}
