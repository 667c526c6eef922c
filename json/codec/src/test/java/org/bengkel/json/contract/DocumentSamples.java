package org.bengkel.json.contract;

import java.util.List;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.document.FacilityRecord;

/**
 * One sample per golden versioned document {@code org/bengkel/json/golden/document/<name>.json}:
 * the document it reads as, and whether it is at the kind's current version (then it also writes
 * the file's compact bytes). Adding a document kind: add a sample of its current version here.
 */
public final class DocumentSamples {

  private DocumentSamples() {}

  /** A sample golden document: its kind, the version it is written in, and its payload. */
  public record Sample(String name, DocumentKind<?> kind, int version, Object payload) {
    /** Whether the file is at the kind's current version (it then also writes the file's bytes). */
    public boolean current() {
      return version == kind.currentVersion();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final Facility PAMEKASAN =
      Facility.of(
          "LAPAS-PAMEKASAN",
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.IIA,
          "Kanwil Ditjenpas Jawa Timur");

  static final FacilityRecord RECORD =
      FacilityRecord.of(
          PAMEKASAN,
          List.of(
              Officer.builder()
                  .nip(Nip.parse("198503152010121002"))
                  .name("Ahmad Fauzi")
                  .position("Kepala Seksi Kegiatan Kerja")
                  .build(),
              Officer.of(Nip.parse("199001012015032001"), "Siti Rahma")));

  /** Every sample. */
  public static List<Sample> all() {
    return List.of(
        new Sample("facility-record-v2", DocumentKinds.FACILITY_RECORD, 2, RECORD),
        // Version 1 held the facility alone: read with no officers (the default of version 2).
        new Sample(
            "facility-record-v1", DocumentKinds.FACILITY_RECORD, 1, FacilityRecord.of(PAMEKASAN, List.of())));
  }
}
