package io.github.pgtagger.export;

import io.github.pgtagger.corpus.CorpusSummary;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws the share of texts per dimension of Positive Health as a radar ("spider web") chart in SVG: six axes, one
 * per dimension in {@link Dimension} order clockwise from the top, and one polygon per group (the largest groups
 * first, at most {@link #MAX_POLYGONS}), or one polygon for all texts when the summary has no groups. The scale runs
 * from 0 to the largest share drawn rounded up to a multiple of 20% (at least 20%), with four rings (so ring
 * steps are 5, 10, 15, 20 or 25%). A legend under
 * the chart names each polygon and its number of texts. Colours are the Okabe-Ito palette, which colour-blind
 * readers can tell apart, and every polygon also has its own dash pattern. Every string from the data is escaped
 * with {@link Markup#escape(String)}. Thread-safe.
 */
public final class SpiderwebSvg {
  /** The most polygons drawn; further groups are left out of the chart (the tables still list them). */
  public static final int MAX_POLYGONS = 8;
  /** The stroke colours of the polygons, in order (Okabe-Ito). */
  public static final List<String> COLOURS =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C7A00", "#000000");
  private static final List<String> DASHES = List.of("", "8 4", "2 3", "10 3 2 3", "4 4", "12 4", "1 2", "6 2 2 2");

  private static final double WIDTH = 720;
  private static final double CX = 360;
  private static final double CY = 250;
  private static final double RADIUS = 170;
  private static final double LEGEND_TOP = 470;
  private static final double LEGEND_ROW = 22;

  private SpiderwebSvg() {}

  /** A standalone SVG file: an XML declaration followed by {@link #element}. */
  public static String document(CorpusSummary summary, Language names) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(summary, names);
  }

  /** The {@code <svg>} element, for a file or for inline use in HTML; axis labels in the given language. */
  public static String element(CorpusSummary summary, Language names) {
    List<Series> series = series(summary, names);
    double max = 0;
    for (Series s : series) {
      for (double v : s.shares) {
        max = Math.max(max, v);
      }
    }
    double scale = Math.min(1.0, Math.max(0.2, Math.ceil(max * 5 - 1e-9) / 5));
    int legendRows = series.size() + (hiddenGroups(summary, series) > 0 ? 1 : 0);
    double height = LEGEND_TOP + legendRows * LEGEND_ROW + 10;
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(WIDTH)).append("\" height=\"")
        .append(num(height)).append("\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ').append(num(height))
        .append("\" role=\"img\" aria-labelledby=\"pg-web-title\" font-family=\"sans-serif\" font-size=\"13\">\n");
    String title = names == Language.NL ? "Aandeel teksten per dimensie van Positieve Gezondheid"
        : "Share of texts per dimension of Positive Health";
    sb.append("<title id=\"pg-web-title\">").append(Markup.escape(title)).append("</title>\n");
    sb.append("<rect x=\"0\" y=\"0\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(height))
        .append("\" fill=\"#ffffff\"/>\n");
    Dimension[] dims = Dimension.values();
    sb.append("<g fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\">\n");
    for (int ring = 1; ring <= 4; ring++) {
      double[] r = new double[dims.length];
      java.util.Arrays.fill(r, ring / 4.0);
      sb.append("<polygon points=\"").append(points(r)).append("\"/>\n");
    }
    for (int i = 0; i < dims.length; i++) {
      double[] p = point(i, 1.0);
      sb.append("<line x1=\"").append(num(CX)).append("\" y1=\"").append(num(CY)).append("\" x2=\"")
          .append(num(p[0])).append("\" y2=\"").append(num(p[1])).append("\"/>\n");
    }
    sb.append("</g>\n<g fill=\"#666666\" font-size=\"11\">\n");
    for (int ring = 1; ring <= 4; ring++) {
      sb.append("<text x=\"").append(num(CX + 4)).append("\" y=\"").append(num(CY - RADIUS * ring / 4.0 + 12))
          .append("\">").append(percent(scale * ring / 4.0)).append("</text>\n");
    }
    sb.append("</g>\n<g fill=\"#222222\">\n");
    for (int i = 0; i < dims.length; i++) {
      double[] p = point(i, 1.0 + 22 / RADIUS);
      double cos = Math.cos(angle(i));
      String anchor = Math.abs(cos) < 0.1 ? "middle" : cos > 0 ? "start" : "end";
      double dy = Math.sin(angle(i)) > 0.5 ? 10 : Math.sin(angle(i)) < -0.5 ? -2 : 4;
      sb.append("<text x=\"").append(num(p[0])).append("\" y=\"").append(num(p[1] + dy))
          .append("\" text-anchor=\"").append(anchor).append("\">")
          .append(Markup.escape(dims[i].displayName(names))).append("</text>\n");
    }
    sb.append("</g>\n");
    for (int s = 0; s < series.size(); s++) {
      Series ser = series.get(s);
      double[] r = new double[dims.length];
      for (int i = 0; i < dims.length; i++) {
        r[i] = ser.shares[i] / scale;
      }
      String colour = COLOURS.get(s);
      sb.append("<g class=\"series\">\n<title>").append(Markup.escape(ser.name)).append("</title>\n");
      sb.append("<polygon points=\"").append(points(r)).append("\" fill=\"").append(colour)
          .append("\" fill-opacity=\"0.10\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"");
      if (!DASHES.get(s).isEmpty()) {
        sb.append(" stroke-dasharray=\"").append(DASHES.get(s)).append('"');
      }
      sb.append("/>\n");
      for (int i = 0; i < dims.length; i++) {
        double[] p = point(i, r[i]);
        sb.append("<circle cx=\"").append(num(p[0])).append("\" cy=\"").append(num(p[1]))
            .append("\" r=\"3\" fill=\"").append(colour).append("\"><title>")
            .append(Markup.escape(ser.name + ": " + dims[i].displayName(names) + " " + percent(ser.shares[i])))
            .append("</title></circle>\n");
      }
      sb.append("</g>\n");
    }
    sb.append("<g>\n");
    double y = LEGEND_TOP;
    for (int s = 0; s < series.size(); s++) {
      Series ser = series.get(s);
      String colour = COLOURS.get(s);
      sb.append("<line x1=\"40\" y1=\"").append(num(y + 7)).append("\" x2=\"70\" y2=\"").append(num(y + 7))
          .append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"");
      if (!DASHES.get(s).isEmpty()) {
        sb.append(" stroke-dasharray=\"").append(DASHES.get(s)).append('"');
      }
      sb.append("/>\n<text x=\"80\" y=\"").append(num(y + 11)).append("\" fill=\"#222222\">")
          .append(Markup.escape(ser.name)).append(" (").append(ser.texts)
          .append(names == Language.NL ? " teksten)" : " texts)").append("</text>\n");
      y += LEGEND_ROW;
    }
    int hidden = hiddenGroups(summary, series);
    if (hidden > 0) {
      sb.append("<text x=\"40\" y=\"").append(num(y + 11)).append("\" fill=\"#666666\">")
          .append(names == Language.NL ? hidden + " kleinere groep(en) niet getekend; zie de tabellen"
              : hidden + " smaller group(s) not drawn; see the tables")
          .append("</text>\n");
    }
    sb.append("</g>\n</svg>\n");
    return sb.toString();
  }

  private record Series(String name, long texts, double[] shares) {}

  private static List<Series> series(CorpusSummary summary, Language names) {
    List<CorpusSummary.GroupCounts> scopes = new ArrayList<>();
    if (summary.groups().isEmpty()) {
      scopes.add(summary.overall());
    } else {
      scopes.addAll(summary.groups());
      scopes.sort(Comparator.comparingLong((CorpusSummary.GroupCounts g) -> -g.texts())
          .thenComparing(CorpusSummary.GroupCounts::name));
      scopes = new ArrayList<>(scopes.subList(0, Math.min(MAX_POLYGONS, scopes.size())));
    }
    List<Series> out = new ArrayList<>();
    for (CorpusSummary.GroupCounts g : scopes) {
      double[] shares = new double[Dimension.values().length];
      for (Dimension d : Dimension.values()) {
        shares[d.ordinal()] = g.share(d.code());
      }
      String name = g.name().isEmpty() ? (names == Language.NL ? "Alle teksten" : "All texts") : g.name();
      out.add(new Series(name, g.texts(), shares));
    }
    return out;
  }

  private static int hiddenGroups(CorpusSummary summary, List<Series> drawn) {
    return summary.groups().isEmpty() ? 0 : summary.groups().size() - drawn.size();
  }

  private static double angle(int axis) {
    return Math.toRadians(-90 + axis * 360.0 / Dimension.values().length);
  }

  private static double[] point(int axis, double fraction) {
    double a = angle(axis);
    return new double[] {CX + RADIUS * fraction * Math.cos(a), CY + RADIUS * fraction * Math.sin(a)};
  }

  private static String points(double[] fractions) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fractions.length; i++) {
      double[] p = point(i, fractions[i]);
      sb.append(i == 0 ? "" : " ").append(num(p[0])).append(',').append(num(p[1]));
    }
    return sb.toString();
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** A share as a percentage with at most one decimal, e.g. {@code 25%} or {@code 12.5%}. */
  static String percent(double share) {
    double p = Math.round(share * 1000) / 10.0;
    return (p == Math.rint(p) ? String.format(Locale.ROOT, "%d", (long) p)
        : String.format(Locale.ROOT, "%.1f", p)) + "%";
  }
}
