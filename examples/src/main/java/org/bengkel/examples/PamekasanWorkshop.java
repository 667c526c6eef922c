package org.bengkel.examples;

import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityType;
import org.bengkel.money.Rupiah;

/** The Pamekasan workshop scenario (grows with each capability). */
public final class PamekasanWorkshop {

  private PamekasanWorkshop() {}

  /**
   * Runs the scenario.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Facility lapas =
        Facility.of(
            "LAPAS-PAMEKASAN",
            "Lapas Kelas IIA Pamekasan",
            FacilityType.LAPAS,
            FacilityClass.IIA,
            "Kanwil Ditjenpas Jawa Timur");
    System.out.println(lapas.name() + " - " + Rupiah.of(150_000).times(3));
  }
}
