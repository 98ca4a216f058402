package io.github.pgtagger.export;

import io.github.pgtagger.corpus.CorpusSummary;
import io.github.pgtagger.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link CorpusSummary} as one self-contained HTML page: the spider web chart ({@link SpiderwebSvg},
 * inline), tables of counts and shares per label overall and per group, the label co-occurrence matrix, the top
 * evidence terms per label, and keyword-in-context example snippets with the evidence in {@code <mark>}. Styles are
 * inline; the page loads nothing (a Content-Security-Policy forbids every fetch and every script) and needs no
 * script. Every string from the data passes through {@link Markup#escape(String)}. Output does not depend on the
 * clock or the machine, so the same input gives the same page. Thread-safe.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * What the page says about its input.
   *
   * @param title the page title
   * @param source a name for the input (such as its file name), or empty
   * @param language the language of the page's headings and of the label names ({@link Language#NL} or {@link
   *     Language#EN})
   * @param notes extra lines shown under the title, such as the segmentation used; may be empty
   */
  public record Options(String title, String source, Language language, List<String> notes) {
    /** Validates and copies. */
    public Options {
      Objects.requireNonNull(title, "title");
      source = source == null ? "" : source;
      Objects.requireNonNull(language, "language");
      notes = List.copyOf(notes);
    }
  }

  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("source", new String[] {"Bron", "Source"}),
      Map.entry("texts", new String[] {"teksten getagd", "texts tagged"}),
      Map.entry("failed", new String[] {"rijen mislukt", "rows failed"}),
      Map.entry("untagged", new String[] {"zonder label", "without any label"}),
      Map.entry("groupedBy", new String[] {"gegroepeerd op", "grouped by"}),
      Map.entry("languages", new String[] {"Talen", "Languages"}),
      Map.entry("web", new String[] {"Aandeel teksten per dimensie", "Share of texts per dimension"}),
      Map.entry("webNote", new String[] {
        "Per dimensie het aandeel van de teksten (per groep) dat die dimensie kreeg. Een tekst kan meerdere"
            + " dimensies krijgen.",
        "For each dimension, the share of the texts (per group) that were tagged with it. A text can carry several"
            + " dimensions."}),
      Map.entry("dimensions", new String[] {"Dimensies", "Dimensions"}),
      Map.entry("interpretations", new String[] {"Invullingen (codeboek)", "Interpretations (codebook)"}),
      Map.entry("label", new String[] {"Label", "Label"}),
      Map.entry("all", new String[] {"Alle teksten", "All texts"}),
      Map.entry("cooc", new String[] {"Labels die samen voorkomen", "Labels that occur together"}),
      Map.entry("coocNote", new String[] {
        "Aantal teksten met beide labels; op de diagonaal het aantal teksten met dat label.",
        "Number of texts that carry both labels; the diagonal holds the number of texts with that label."}),
      Map.entry("terms", new String[] {"Meest voorkomende bewijstermen", "Most frequent evidence terms"}),
      Map.entry("examples", new String[] {"Voorbeelden in context", "Examples in context"}),
      Map.entry("none", new String[] {"geen", "none"}),
      Map.entry("score", new String[] {"score", "score"}),
      Map.entry("truncated", new String[] {
        "Er waren meer groepen dan de limiet; de rest is samengenomen.",
        "There were more groups than the limit; the rest are counted together."}),
      Map.entry("footer", new String[] {
        "Gemaakt met pgtagger. Aandelen zijn berekend over de teksten die zonder fout getagd zijn. Labels zijn"
            + " automatisch toegekend op basis van woordenlijsten; lees de voorbeelden na voordat je conclusies trekt.",
        "Made with pgtagger. Shares are computed over the texts tagged without error. Labels were assigned"
            + " automatically from lexicons; read the examples before drawing conclusions."}));

  private static String w(String key, Language lang) {
    return WORDS.get(key)[lang == Language.NL ? 0 : 1];
  }

  /** The page as a string. */
  public static String render(CorpusSummary s, Options o) {
    Language lang = o.language();
    StringBuilder sb = new StringBuilder(32768);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(Markup.escape(o.title())).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Markup.escape(o.title())).append("</h1>\n");
    sb.append("<p class=\"meta\">");
    if (!o.source().isEmpty()) {
      sb.append(w("source", lang)).append(": <code>").append(Markup.escape(o.source())).append("</code> &middot; ");
    }
    CorpusSummary.GroupCounts all = s.overall();
    sb.append(all.texts()).append(' ').append(w("texts", lang)).append(" &middot; ")
        .append(all.errors()).append(' ').append(w("failed", lang)).append(" &middot; ")
        .append(all.untagged()).append(' ').append(w("untagged", lang));
    if (s.groupBy() != null) {
      sb.append(" &middot; ").append(w("groupedBy", lang)).append(" <code>").append(Markup.escape(s.groupBy()))
          .append("</code>");
    }
    sb.append("<br>").append(w("languages", lang)).append(": ");
    List<String> langs = new ArrayList<>();
    s.languages().forEach((l, n) -> langs.add(l.code() + " " + n));
    sb.append(langs.isEmpty() ? w("none", lang) : Markup.escape(String.join(", ", langs))).append("</p>\n");
    for (String note : o.notes()) {
      sb.append("<p class=\"meta\">").append(Markup.escape(note)).append("</p>\n");
    }
    if (s.groupsTruncated()) {
      sb.append("<p class=\"meta\">").append(w("truncated", lang)).append("</p>\n");
    }
    sb.append("</header>\n<main>\n");

    sb.append("<section id=\"spiderweb\">\n<h2>").append(w("web", lang)).append("</h2>\n<figure>\n")
        .append(SpiderwebSvg.element(s, lang)).append("<figcaption>").append(w("webNote", lang))
        .append("</figcaption>\n</figure>\n</section>\n");

    countsTable(sb, s, CorpusSummary.LabelKind.DIMENSION, "dimensions", lang);
    countsTable(sb, s, CorpusSummary.LabelKind.INTERPRETATION, "interpretations", lang);
    cooccurrence(sb, s, lang);
    terms(sb, s, lang);
    examples(sb, s, lang);
    sb.append("</main>\n<footer><p>").append(w("footer", lang)).append("</p></footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void countsTable(StringBuilder sb, CorpusSummary s, CorpusSummary.LabelKind kind, String key,
      Language lang) {
    List<CorpusSummary.GroupCounts> scopes = new ArrayList<>();
    scopes.add(s.overall());
    scopes.addAll(s.groups());
    sb.append("<section id=\"").append(key).append("\">\n<h2>").append(w(key, lang)).append("</h2>\n")
        .append("<div class=\"scroll\"><table class=\"counts\">\n<thead><tr><th scope=\"col\">")
        .append(w("label", lang)).append("</th>");
    for (CorpusSummary.GroupCounts c : scopes) {
      sb.append("<th scope=\"col\">").append(c.name().isEmpty() ? w("all", lang) : Markup.escape(c.name()))
          .append("<br><span class=\"n\">n = ").append(c.texts()).append("</span></th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (CorpusSummary.Label l : s.labels()) {
      if (l.kind() != kind) {
        continue;
      }
      sb.append("<tr><th scope=\"row\">").append(Markup.escape(l.name(lang))).append(" <code>")
          .append(Markup.escape(l.code())).append("</code></th>");
      for (CorpusSummary.GroupCounts c : scopes) {
        double share = c.share(l.code());
        String pct = SpiderwebSvg.percent(share);
        sb.append("<td style=\"background:linear-gradient(90deg,#d6e6f5 ").append(pct).append(",transparent ")
            .append(pct).append(")\">").append(c.count(l.code())).append(" <span class=\"p\">(").append(pct)
            .append(")</span></td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void cooccurrence(StringBuilder sb, CorpusSummary s, Language lang) {
    List<CorpusSummary.Label> labels = s.labels();
    long texts = Math.max(1, s.overall().texts());
    sb.append("<section id=\"cooccurrence\">\n<h2>").append(w("cooc", lang)).append("</h2>\n<p>")
        .append(w("coocNote", lang)).append("</p>\n<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th></th>");
    for (CorpusSummary.Label l : labels) {
      sb.append("<th scope=\"col\" title=\"").append(Markup.escape(l.name(lang))).append("\"><code>")
          .append(Markup.escape(l.code())).append("</code></th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (CorpusSummary.Label a : labels) {
      sb.append("<tr><th scope=\"row\"><code>").append(Markup.escape(a.code())).append("</code></th>");
      for (CorpusSummary.Label b : labels) {
        long n = s.cooccurrence(a.code(), b.code());
        int shade = (int) Math.round(255 - 120.0 * n / texts);
        sb.append("<td").append(a == b ? " class=\"diag\"" : "").append(" style=\"background:rgb(")
            .append(shade).append(',').append(Math.min(255, shade + 20)).append(",255)\">").append(n)
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void terms(StringBuilder sb, CorpusSummary s, Language lang) {
    sb.append("<section id=\"terms\">\n<h2>").append(w("terms", lang)).append("</h2>\n<table class=\"terms\">\n")
        .append("<tbody>\n");
    for (CorpusSummary.Label l : s.labels()) {
      sb.append("<tr><th scope=\"row\">").append(Markup.escape(l.name(lang))).append("</th><td>");
      List<CorpusSummary.TermCount> t = s.topTerms(l.code());
      if (t.isEmpty()) {
        sb.append("<span class=\"p\">").append(w("none", lang)).append("</span>");
      }
      for (int i = 0; i < t.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append("<span class=\"term\">").append(Markup.escape(t.get(i).term()))
            .append("</span>&nbsp;<span class=\"p\">(").append(t.get(i).count()).append(")</span>");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private static void examples(StringBuilder sb, CorpusSummary s, Language lang) {
    sb.append("<section id=\"examples\">\n<h2>").append(w("examples", lang)).append("</h2>\n");
    for (CorpusSummary.Label l : s.labels()) {
      List<CorpusSummary.Snippet> ex = s.examples(l.code());
      if (ex.isEmpty()) {
        continue;
      }
      sb.append("<h3>").append(Markup.escape(l.name(lang))).append(" <code>").append(Markup.escape(l.code()))
          .append("</code></h3>\n");
      for (CorpusSummary.Snippet x : ex) {
        sb.append("<blockquote class=\"kwic\"><p>").append(snippetHtml(x)).append("</p><footer>")
            .append(Markup.escape(x.id()));
        if (!x.group().isEmpty()) {
          sb.append(" &middot; ").append(Markup.escape(x.group()));
        }
        sb.append(" &middot; ").append(w("score", lang)).append(' ')
            .append(String.format(Locale.ROOT, "%.2f", x.score())).append("</footer></blockquote>\n");
      }
    }
    sb.append("</section>\n");
  }

  /** The snippet's text, escaped, with its marks in {@code <mark>} and an ellipsis where text was cut off. */
  static String snippetHtml(CorpusSummary.Snippet x) {
    StringBuilder sb = new StringBuilder();
    if (x.cutStart()) {
      sb.append("&hellip;");
    }
    String t = x.text();
    int pos = 0;
    for (CorpusSummary.Mark m : x.marks()) {
      int start = Math.max(m.start(), pos);
      int end = Math.min(m.end(), t.length());
      if (start >= end) {
        continue;
      }
      sb.append(Markup.escape(t.substring(pos, start))).append("<mark>")
          .append(Markup.escape(t.substring(start, end))).append("</mark>");
      pos = end;
    }
    sb.append(Markup.escape(t.substring(pos)));
    if (x.cutEnd()) {
      sb.append("&hellip;");
    }
    return sb.toString();
  }

  private static final String CSS = """
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1d;
        margin: 0 auto; max-width: 1120px; padding: 16px 24px; line-height: 1.45; background: #ffffff; }
      h1 { font-size: 1.6em; margin: 0.2em 0; }
      h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #dddddd; padding-bottom: 4px; }
      h3 { font-size: 1.05em; margin-bottom: 0.3em; }
      .meta { color: #555555; margin: 0.2em 0; }
      figure { margin: 0; }
      figure svg { max-width: 100%; height: auto; }
      figcaption { color: #555555; font-size: 0.9em; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.92em; }
      th, td { border: 1px solid #dddddd; padding: 4px 8px; text-align: left; vertical-align: top; }
      thead th { background: #f4f4f4; }
      td { white-space: nowrap; }
      table.terms td { white-space: normal; }
      .matrix td { text-align: right; min-width: 2.5em; }
      .matrix td.diag { font-weight: bold; }
      .n, .p { color: #666666; font-weight: normal; }
      code { font-size: 0.9em; color: #444444; }
      blockquote.kwic { margin: 0.4em 0 0.8em 0; padding: 6px 12px; border-left: 4px solid #bbbbbb;
        background: #fafafa; }
      blockquote.kwic p { margin: 0; }
      blockquote.kwic footer { color: #666666; font-size: 0.85em; }
      mark { background: #ffe08a; padding: 0 1px; }
      footer p { color: #666666; font-size: 0.85em; margin-top: 2em; }
      """;
}
