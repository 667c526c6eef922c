package org.bengkel.trainee;

import org.bengkel.error.Rule;

/**
 * The rules of trainees, sentences and eligibility (<i>aturan warga binaan</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum TraineeRule implements Rule {
  /** A registration number without a known register-class prefix. */
  REGISTRATION_FORMAT("trainee.registration.format");

  private final String code;

  TraineeRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
