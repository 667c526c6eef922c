package org.bengkel.json.document;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;

/**
 * The payload of the {@code facility-record} document (<i>data UPT</i>): a facility and the
 * officers who run its workshops, as exchanged with the regional office (<i>Kanwil</i>). Version 1
 * of the document held the facility alone; reading it gives an empty list of officers.
 *
 * <p>Immutable and thread-safe.
 */
public final class FacilityRecord {

  private final Facility facility;
  private final List<Officer> officers;

  private FacilityRecord(Facility facility, List<Officer> officers) {
    this.facility = MissingValueException.required(facility, "facility");
    this.officers = List.copyOf(officers);
  }

  /**
   * A record.
   *
   * @param facility the facility, not null
   * @param officers its officers in order, not null, no null element, each NIP once
   * @return the record, never null
   * @throws MissingValueException if an argument or an element is null
   * @throws InvalidValueException rule {@code value.duplicate} (field {@code officers[i].nip}) for
   *     an officer whose NIP an earlier one has: two entries for one person, which a receiver keyed
   *     by NIP would merge, keeping either
   */
  public static FacilityRecord of(Facility facility, List<Officer> officers) {
    List<Officer> all = List.copyOf(MissingValueException.required(officers, "officers"));
    Set<Nip> seen = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      if (!seen.add(all.get(i).nip())) {
        throw InvalidValueException.of(
            CoreRule.DUPLICATE, "officers[" + i + "].nip", all.get(i).nip());
      }
    }
    return new FacilityRecord(facility, all);
  }

  /**
   * The facility.
   *
   * @return the facility, never null
   */
  public Facility facility() {
    return facility;
  }

  /**
   * The officers, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  public List<Officer> officers() {
    return officers;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FacilityRecord r
        && r.facility.equals(facility)
        && r.officers.equals(officers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facility, officers);
  }

  @Override
  public String toString() {
    return "FacilityRecord[" + facility.code() + ", " + officers.size() + " officers]";
  }
}
