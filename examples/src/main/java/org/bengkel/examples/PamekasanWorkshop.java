package org.bengkel.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Pamekasan scenario: one month (October 2026) of the workshop of Lapas Kelas IIA Pamekasan,
 * printed as the report a Kasi Kegiatan Kerja would hand in, with the month's documents written as
 * bengkel JSON files to a folder.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}. The folder is {@value
 * #DEFAULT_FOLDER} unless the first program argument or the system property {@value
 * #FOLDER_PROPERTY} names another.
 *
 * <p>The report is internal to the facility: it names trainees, which is personal data under UU
 * 27/2022 and never appears in anything a buyer sees (the receipt and label of section 9).
 */
public final class PamekasanWorkshop {

  /** Where the JSON documents go by default, relative to the working directory. */
  public static final String DEFAULT_FOLDER = "target/pamekasan-2026-10";

  /** The system property that names the folder. */
  public static final String FOLDER_PROPERTY = "pamekasan.out";

  private PamekasanWorkshop() {}

  /**
   * Runs the scenario, prints the report to standard output and writes the JSON documents.
   *
   * @param args optionally the folder for the JSON documents
   */
  public static void main(String[] args) {
    Path folder =
        Path.of(args.length > 0 ? args[0] : System.getProperty(FOLDER_PROPERTY, DEFAULT_FOLDER));
    run(System.out, folder);
  }

  /** Runs the month, prints it to {@code out}, writes the documents to {@code folder}. */
  static Month run(PrintStream out, Path folder) {
    out.println("LAPORAN BENGKEL KERJA - " + PamekasanData.LAPAS.name().toUpperCase(Locale.ROOT));
    out.println(
        PamekasanData.LAPAS.regionalOffice()
            + " | periode "
            + PamekasanData.MONTH_START
            + " s.d. "
            + PamekasanData.MONTH_END);
    out.println(
        "Disusun oleh: "
            + PamekasanData.KASI_GIATJA.name()
            + ", "
            + PamekasanData.KASI_GIATJA.position().orElse("")
            + " (NIP "
            + PamekasanData.KASI_GIATJA.nip()
            + ")");
    out.println("INTERN: memuat data pribadi warga binaan (UU 27/2022), tidak untuk pembeli.");
    out.println();
    Month month = new Month();
    TrainingChapter training = new TrainingChapter();
    training.run(out);
    month.register = training.register();
    new ProductionChapter().run(out, month);
    new ServiceChapter().run(out, month);
    new SalesChapter().run(out, month);
    new ProceedsChapter().run(out, month);
    new ReportChapter().run(out, month);
    List<Path> files = JsonOutput.write(month, folder);
    Table.heading(out, "14. Dokumen JSON bengkel");
    out.println(files.size() + " berkas ditulis ke " + folder.toAbsolutePath().normalize() + ":");
    for (Path f : files) {
      out.println("  " + f.getFileName());
    }
    out.println();
    new AuditChapter().run(out, month);
    return month;
  }
}
