package org.bengkel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Nip;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A skill programme (<i>program pembinaan kemandirian</i>): what trainees learn in the workshop, in
 * one field, against a national competency standard (SKKNI), for a number of training hours, with a
 * capacity and supervising officers.
 *
 * <p>The SKKNI reference is kept opaque: the number of the Kepmenaker decree that sets the standard
 * (<i>Keputusan Menteri Ketenagakerjaan</i>) and the codes of the competency units (<i>unit
 * kompetensi</i>) the programme trains for. Training hours are counted in JP (<i>jam
 * pelajaran</i>); one reported package is 20 days of 8 JP, 160 JP.
 *
 * <p>A programme that works outside the walls ({@link #outsideWalls()}, such as the public car
 * wash, an SAE) admits to its sessions only trainees cleared for asimilasi on the session date; see
 * {@link OutsideWorkClearance}. A production programme ({@link #production()}, the default) makes
 * goods or services for sale and admits only convicts (<i>narapidana</i>).
 *
 * <p>Immutable and thread-safe. Building an invalid programme throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class SkillProgramme {

  /**
   * The longest name, SKKNI decree, certificate issuer or scheme and holder's name accepted, in
   * characters (code points); the JSON schema states it.
   */
  public static final int MAX_TEXT = 200;

  /**
   * The longest competency unit code or certificate number accepted, in characters (code points);
   * the JSON schema states it.
   */
  public static final int MAX_UNIT = 60;

  /** The most training hours a programme may have, 10 000 JP. */
  static final int MAX_HOURS = 10_000;

  /** The largest capacity, 10 000 places. */
  static final int MAX_CAPACITY = 10_000;

  SkillProgramme() {}

  /**
   * The programme's code.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract ProgrammeCode code();

  /**
   * The programme's name, such as {@code Pelatihan Pembuatan Kue Kering}.
   *
   * @return the name, never null or blank, at most 200 characters
   */
  @NotBlank
  @Size(max = MAX_TEXT)
  public abstract String name();

  /**
   * The field (<i>bidang</i>).
   *
   * @return the field, never null
   */
  @NotNull
  public abstract SkillField field();

  /**
   * The number of the Kepmenaker decree that sets the SKKNI, as written (opaque), such as {@code
   * Kepmenaker 123 Tahun 2020}.
   *
   * @return the reference, never null or blank, at most 200 characters
   */
  @NotBlank
  @Size(max = MAX_TEXT)
  public abstract String skkniDecree();

  /**
   * The codes of the SKKNI competency units (<i>unit kompetensi</i>) the programme trains for, as
   * written (opaque), such as {@code I.56TPH00.001.1}.
   *
   * @return the codes, never null, at least one, distinct, none blank or longer than 60
   */
  @NotEmpty
  public abstract List<@NotBlank @Size(max = MAX_UNIT) String> competencyUnits();

  /**
   * The total training hours in JP (<i>jam pelajaran</i>).
   *
   * @return 1 to 10 000
   */
  @Positive
  public abstract int trainingHours();

  /**
   * How many trainees can be active (or suspended, keeping their place) at once (<i>kapasitas</i>).
   *
   * @return 1 to 10 000
   */
  @Positive
  public abstract int capacity();

  /**
   * The NIPs of the supervising officers (<i>petugas pembimbing</i>).
   *
   * @return the NIPs, never null, at least one, distinct
   */
  @NotEmpty
  public abstract List<@NotNull Nip> supervisors();

  /**
   * Whether the programme works outside the walls (SAE, <i>sarana asimilasi dan edukasi</i>), so
   * that attending needs asimilasi clearance on each session date.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean outsideWalls() {
    return false;
  }

  /**
   * Whether the programme is production (<i>kegiatan kerja produksi</i>): it makes goods or
   * services for sale, so only convicts may enrol (UU 22/2022 Pemasyarakatan).
   *
   * @return true unless set
   */
  @Value.Default
  public boolean production() {
    return true;
  }

  @Value.Check
  void check() {
    Checks.requireText(name(), "name", MAX_TEXT);
    Checks.requireText(skkniDecree(), "skkniDecree", MAX_TEXT);
    if (competencyUnits().isEmpty()) {
      throw InvalidValueException.of(ProgrammeRule.EMPTY, "competencyUnits", "[]");
    }
    for (String unit : competencyUnits()) {
      Checks.requireText(unit, "competencyUnits", MAX_UNIT);
    }
    Checks.requireDistinct(competencyUnits(), "competencyUnits");
    Checks.requireRange(trainingHours(), "trainingHours", 1, MAX_HOURS);
    Checks.requireRange(capacity(), "capacity", 1, MAX_CAPACITY);
    if (supervisors().isEmpty()) {
      throw InvalidValueException.of(ProgrammeRule.EMPTY, "supervisors", "[]");
    }
    Checks.requireDistinct(supervisors(), "supervisors");
  }

  /**
   * Whether the programme trains for a competency unit.
   *
   * @param unitCode a unit code, not null
   * @return true when the code is one of {@link #competencyUnits()}
   * @throws org.bengkel.error.MissingValueException if {@code unitCode} is null
   */
  public boolean trainsFor(String unitCode) {
    Checks.required(unitCode, "unitCode");
    return competencyUnits().contains(unitCode);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SkillProgramme}; not thread-safe. */
  public static final class Builder extends ImmutableSkillProgramme.Builder {
    Builder() {}
  }
}
