package org.bengkel.json.document;

import java.util.List;
import java.util.Objects;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
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
   * @param officers its officers in order, not null, no null element
   * @return the record, never null
   */
  public static FacilityRecord of(Facility facility, List<Officer> officers) {
    return new FacilityRecord(facility, MissingValueException.required(officers, "officers"));
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
