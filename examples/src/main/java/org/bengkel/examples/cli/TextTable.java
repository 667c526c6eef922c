package org.bengkel.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: text columns left-aligned, columns marked numeric
 * right-aligned; two spaces between columns, a rule under the header.
 */
final class TextTable {

  private final String[] headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  private TextTable(String[] headers, boolean[] right) {
    this.headers = headers;
    this.right = right;
  }

  /** A table; a header starting with {@code >} is a right-aligned column (the mark is dropped). */
  static TextTable of(String... headers) {
    String[] names = new String[headers.length];
    boolean[] right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      names[i] = right[i] ? headers[i].substring(1) : headers[i];
    }
    return new TextTable(names, right);
  }

  TextTable row(Object... cells) {
    String[] row = new String[headers.length];
    for (int i = 0; i < headers.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
    }
    rows.add(row);
    return this;
  }

  void print(PrintWriter out, String indent) {
    int[] width = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      width[i] = headers[i].length();
      for (String[] row : rows) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    line(out, indent, headers, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(indent + rule);
    for (String[] row : rows) {
      line(out, indent, row, width);
    }
  }

  private void line(PrintWriter out, String indent, String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      boolean last = i == cells.length - 1;
      sb.append(right[i] ? pad + cells[i] : last ? cells[i] : cells[i] + pad);
    }
    out.println(sb.toString().stripTrailing());
  }
}
