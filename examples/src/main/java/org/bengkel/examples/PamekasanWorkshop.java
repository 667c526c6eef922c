package org.bengkel.examples;

import java.io.PrintStream;

/**
 * The Pamekasan scenario: one month (October 2026) of the workshop of Lapas Kelas IIA Pamekasan,
 * printed as the report a Kasi Kegiatan Kerja would hand in.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}.
 *
 * <p>The report is internal to the facility: it names trainees, which is personal data under
 * UU 27/2022 and never appears in anything a buyer sees.
 */
public final class PamekasanWorkshop {

  private PamekasanWorkshop() {}

  /**
   * Runs the scenario and prints the report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("LAPORAN BENGKEL KERJA - " + PamekasanData.LAPAS.name().toUpperCase(java.util.Locale.ROOT));
    out.println(PamekasanData.LAPAS.regionalOffice() + " | periode " + PamekasanData.MONTH_START
        + " s.d. " + PamekasanData.MONTH_END);
    out.println("Disusun oleh: " + PamekasanData.KASI_GIATJA.name() + ", "
        + PamekasanData.KASI_GIATJA.position().orElse("") + " (NIP " + PamekasanData.KASI_GIATJA.nip() + ")");
    out.println("INTERN: memuat data pribadi warga binaan (UU 27/2022), tidak untuk pembeli.");
    out.println();
    new TrainingChapter().run(out);
  }
}
