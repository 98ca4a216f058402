package io.github.pgtagger.corpus;

import io.github.pgtagger.model.Codebook;
import io.github.pgtagger.model.Dimension;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.Interpretation;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Counts over a tagged corpus, for reports: how many texts carry each label (dimension or interpretation), overall
 * and per group (the value of a metadata column such as a neighbourhood or team), which labels occur together, the
 * lexicon terms that most often gave evidence for each label, and a few example snippets per label (those with the
 * highest scores; ties go to the earlier text).
 *
 * <p>Build one incrementally with {@link #builder(Codebook)}: {@link Builder#add} for every tagged text and {@link
 * Builder#addError} for every row that failed. Memory does not grow with the number of texts: it holds one counter
 * per label and group (at most {@link Builder#maxGroups(int)} groups; later new groups are counted together under
 * {@link #OTHER_GROUP}), one counter per lexicon term that occurred, and the top-k examples per label.
 *
 * <p>Shares are counts divided by the number of texts tagged without error in the same scope (a text can carry
 * several labels, so shares do not add up to 1). A CorpusSummary is immutable and thread-safe; its builder is not
 * thread-safe.
 */
public final class CorpusSummary {
  /** Group name of texts whose group column is missing or empty. */
  public static final String MISSING_GROUP = "(no value)";
  /** Group name under which the groups beyond {@link Builder#maxGroups(int)} are counted together. */
  public static final String OTHER_GROUP = "(other groups)";

  /** Whether a label is a dimension or an interpretation. */
  public enum LabelKind {
    /** One of the six dimensions of Positive Health. */
    DIMENSION,
    /** An interpretation of the codebook. */
    INTERPRETATION
  }

  /**
   * A label counted in the summary.
   *
   * @param code the stable code
   * @param kind dimension or interpretation
   * @param nameNl Dutch name
   * @param nameEn English name
   */
  public record Label(String code, LabelKind kind, String nameNl, String nameEn) {
    /** The name in the given language. */
    public String name(Language language) {
      return language == Language.NL ? nameNl : nameEn;
    }
  }

  /**
   * The counts of one scope: the whole corpus or one group.
   *
   * @param name the group name, or empty for the whole corpus
   * @param texts the texts tagged without error
   * @param untagged the texts of those that got no label at all
   * @param errors the rows that could not be read or tagged
   * @param counts per label code (all labels, in label order), the number of texts that carry it
   */
  public record GroupCounts(String name, long texts, long untagged, long errors, Map<String, Long> counts) {
    /** Copies the map. */
    public GroupCounts {
      Objects.requireNonNull(name, "name");
      counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The number of texts that carry a label; 0 for an unknown code. */
    public long count(String code) {
      return counts.getOrDefault(code, 0L);
    }

    /** The share of texts that carry a label, in [0, 1]; 0 when there are no texts. */
    public double share(String code) {
      return texts == 0 ? 0 : (double) count(code) / texts;
    }
  }

  /**
   * How often a lexicon term gave evidence for a label.
   *
   * @param term the lexicon term or phrase, as written in the lexicon
   * @param count the number of evidence spans
   */
  public record TermCount(String term, long count) {}

  /**
   * A span to highlight in a snippet.
   *
   * @param start offset in the snippet text, inclusive
   * @param end offset in the snippet text, exclusive
   */
  public record Mark(int start, int end) {}

  /**
   * A keyword-in-context excerpt of a text that carries a label.
   *
   * @param id the text's id
   * @param group the text's group, or empty when the summary has no groups
   * @param score the label's score on that text
   * @param text the excerpt; line breaks and other white space are replaced by spaces (one for one, so offsets
   *     hold)
   * @param marks the evidence spans of the label inside the excerpt, in order
   * @param cutStart whether text was cut off before the excerpt
   * @param cutEnd whether text was cut off after the excerpt
   */
  public record Snippet(String id, String group, double score, String text, List<Mark> marks, boolean cutStart,
      boolean cutEnd) {
    /** Copies the list. */
    public Snippet {
      marks = List.copyOf(marks);
    }
  }

  private final String groupBy;
  private final List<Label> labels;
  private final Map<Language, Long> languages;
  private final GroupCounts overall;
  private final List<GroupCounts> groups;
  private final boolean groupsTruncated;
  private final long[][] cooccurrence;
  private final Map<String, List<TermCount>> topTerms;
  private final Map<String, List<Snippet>> examples;

  private CorpusSummary(Builder b) {
    this.groupBy = b.groupBy;
    this.labels = b.labels;
    this.languages = Collections.unmodifiableMap(new EnumMap<>(b.languages));
    this.overall = b.overall.toCounts("", labels);
    List<GroupCounts> g = new ArrayList<>();
    for (Map.Entry<String, Acc> e : b.groups.entrySet()) {
      g.add(e.getValue().toCounts(e.getKey(), labels));
    }
    g.sort(Comparator.comparingInt((GroupCounts x) -> rank(x.name())).thenComparing(GroupCounts::name));
    this.groups = List.copyOf(g);
    this.groupsTruncated = b.groupsTruncated;
    this.cooccurrence = new long[labels.size()][];
    for (int i = 0; i < labels.size(); i++) {
      cooccurrence[i] = b.cooccurrence[i].clone();
    }
    Map<String, List<TermCount>> terms = new LinkedHashMap<>();
    Map<String, List<Snippet>> ex = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      List<TermCount> t = new ArrayList<>();
      b.terms.get(i).forEach((term, n) -> t.add(new TermCount(term, n[0])));
      t.sort(Comparator.comparingLong((TermCount x) -> -x.count()).thenComparing(TermCount::term));
      terms.put(labels.get(i).code(), List.copyOf(t.subList(0, Math.min(b.topTerms, t.size()))));
      List<Candidate> c = new ArrayList<>(b.examples.get(i));
      c.sort(Candidate.BEST_FIRST);
      ex.put(labels.get(i).code(), c.stream().map(x -> x.snippet).toList());
    }
    this.topTerms = Collections.unmodifiableMap(terms);
    this.examples = Collections.unmodifiableMap(ex);
  }

  private static int rank(String group) {
    return group.equals(OTHER_GROUP) ? 2 : group.equals(MISSING_GROUP) ? 1 : 0;
  }

  /** A builder that counts the dimensions and the interpretations of the given codebook. */
  public static Builder builder(Codebook codebook) {
    return new Builder(codebook);
  }

  /** The metadata column the texts were grouped by, or null when they were not grouped. */
  public String groupBy() {
    return groupBy;
  }

  /** The labels: the six dimensions, then the codebook's interpretations. */
  public List<Label> labels() {
    return labels;
  }

  /** The label with a code, if any. */
  public java.util.Optional<Label> label(String code) {
    return labels.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** All rows seen: texts tagged plus errors. */
  public long records() {
    return overall.texts() + overall.errors();
  }

  /** The counts over the whole corpus. */
  public GroupCounts overall() {
    return overall;
  }

  /**
   * The counts per group, ordered by group name, then {@link #MISSING_GROUP}, then {@link #OTHER_GROUP}; empty
   * when the texts were not grouped.
   */
  public List<GroupCounts> groups() {
    return groups;
  }

  /** Whether there were more groups than the limit, so that some were counted under {@link #OTHER_GROUP}. */
  public boolean groupsTruncated() {
    return groupsTruncated;
  }

  /** The number of tagged texts per language they were analysed in. */
  public Map<Language, Long> languages() {
    return languages;
  }

  /** The number of texts that carry both labels (for the same code twice: the texts that carry it). */
  public long cooccurrence(String codeA, String codeB) {
    int a = indexOf(codeA);
    int b = indexOf(codeB);
    return a < 0 || b < 0 ? 0 : cooccurrence[a][b];
  }

  private int indexOf(String code) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** The lexicon terms that gave evidence for a label most often, most frequent first (ties by term). */
  public List<TermCount> topTerms(String code) {
    return topTerms.getOrDefault(code, List.of());
  }

  /** The example snippets of a label, highest score first. */
  public List<Snippet> examples(String code) {
    return examples.getOrDefault(code, List.of());
  }

  /** Accumulates a {@link CorpusSummary}. Not thread-safe. */
  public static final class Builder {
    private final List<Label> labels;
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private String groupBy;
    private int maxGroups = 50;
    private int topTerms = 10;
    private int examplesPerLabel = 3;
    private int context = 80;
    private final Acc overall;
    private final Map<String, Acc> groups = new TreeMap<>();
    private boolean groupsTruncated;
    private final Map<Language, Long> languages = new EnumMap<>(Language.class);
    private final long[][] cooccurrence;
    private final List<Map<String, long[]>> terms = new ArrayList<>();
    private final List<PriorityQueue<Candidate>> examples = new ArrayList<>();
    private long sequence;

    private Builder(Codebook codebook) {
      List<Label> l = new ArrayList<>();
      for (Dimension d : Dimension.values()) {
        l.add(new Label(d.code(), LabelKind.DIMENSION, d.nameNl(), d.nameEn()));
      }
      for (Interpretation i : codebook.interpretations()) {
        l.add(new Label(i.code(), LabelKind.INTERPRETATION, i.nameNl(), i.nameEn()));
      }
      this.labels = List.copyOf(l);
      for (int i = 0; i < labels.size(); i++) {
        labelIndex.put(labels.get(i).code(), i);
      }
      int n = labels.size();
      this.overall = new Acc(n);
      this.cooccurrence = new long[n][n];
      for (int i = 0; i < n; i++) {
        terms.add(new HashMap<>());
        examples.add(new PriorityQueue<>(Candidate.BEST_FIRST.reversed()));
      }
    }

    /** Names the metadata column the texts are grouped by (for the report); null for no groups (default). */
    public Builder groupBy(String column) {
      this.groupBy = column;
      return this;
    }

    /** The most groups counted separately (default 50); later new groups count under {@link #OTHER_GROUP}. */
    public Builder maxGroups(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxGroups must be at least 1 but is " + n);
      }
      this.maxGroups = n;
      return this;
    }

    /** How many top terms to keep per label (default 10). */
    public Builder topTerms(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("topTerms must not be negative but is " + n);
      }
      this.topTerms = n;
      return this;
    }

    /** How many example snippets to keep per label (default 3). */
    public Builder examples(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("examples must not be negative but is " + n);
      }
      this.examplesPerLabel = n;
      return this;
    }

    /** How many chars of context a snippet shows on each side of its first evidence span (default 80). */
    public Builder snippetContext(int chars) {
      if (chars < 0) {
        throw new IllegalArgumentException("snippetContext must not be negative but is " + chars);
      }
      this.context = chars;
      return this;
    }

    /**
     * Counts a tagged text.
     *
     * @param id the text's id
     * @param group its group (ignored when {@link #groupBy(String)} is not set; null or blank counts under {@link
     *     #MISSING_GROUP})
     * @param text the text that was tagged (for snippets; evidence offsets index it)
     * @param result its tags
     */
    public Builder add(String id, String group, String text, TaggingResult result) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(result, "result");
      long seq = sequence++;
      boolean[] has = new boolean[labels.size()];
      List<List<Evidence>> evidence = new ArrayList<>(Collections.nCopies(labels.size(), null));
      double[] scores = new double[labels.size()];
      for (DimensionTag t : result.dimensions()) {
        int i = labelIndex.get(t.code());
        has[i] = true;
        evidence.set(i, t.evidence());
        scores[i] = t.score();
      }
      for (InterpretationTag t : result.interpretations()) {
        Integer i = labelIndex.get(t.code());
        if (i == null) {
          throw new IllegalArgumentException("interpretation " + t.code() + " is not in the summary's codebook");
        }
        has[i] = true;
        evidence.set(i, t.evidence());
        scores[i] = t.score();
      }
      String g = groupName(group);
      overall.add(has);
      if (g != null) {
        group(g).add(has);
      }
      languages.merge(result.language(), 1L, Long::sum);
      for (int a = 0; a < has.length; a++) {
        if (!has[a]) {
          continue;
        }
        for (int b = 0; b < has.length; b++) {
          if (has[b]) {
            cooccurrence[a][b]++;
          }
        }
        for (Evidence e : evidence.get(a)) {
          terms.get(a).computeIfAbsent(e.term(), k -> new long[1])[0]++;
        }
        offerExample(a, seq, id, g, text, scores[a], evidence.get(a));
      }
      return this;
    }

    /** Counts a row that could not be read or tagged. */
    public Builder addError(String id, String group) {
      sequence++;
      overall.errors++;
      String g = groupName(group);
      if (g != null) {
        group(g).errors++;
      }
      return this;
    }

    private String groupName(String group) {
      if (groupBy == null) {
        return null;
      }
      return group == null || group.isBlank() ? MISSING_GROUP : group;
    }

    private Acc group(String name) {
      Acc a = groups.get(name);
      if (a == null) {
        long real = groups.keySet().stream().filter(k -> !k.equals(MISSING_GROUP) && !k.equals(OTHER_GROUP)).count();
        if (!name.equals(MISSING_GROUP) && real >= maxGroups) {
          groupsTruncated = true;
          return groups.computeIfAbsent(OTHER_GROUP, k -> new Acc(labels.size()));
        }
        a = new Acc(labels.size());
        groups.put(name, a);
      }
      return a;
    }

    private void offerExample(int label, long seq, String id, String group, String text, double score,
        List<Evidence> evidence) {
      if (examplesPerLabel == 0 || evidence.isEmpty()) {
        return;
      }
      PriorityQueue<Candidate> q = examples.get(label);
      if (q.size() >= examplesPerLabel) {
        Candidate worst = q.peek();
        if (worst.score > score || (worst.score == score && worst.sequence < seq)) {
          return;
        }
      }
      q.add(new Candidate(score, seq, snippet(id, group, text, score, evidence)));
      if (q.size() > examplesPerLabel) {
        q.poll();
      }
    }

    private Snippet snippet(String id, String group, String text, double score, List<Evidence> evidence) {
      Evidence anchor = evidence.get(0);
      int from = Math.max(0, anchor.start() - context);
      int to = Math.min(text.length(), anchor.end() + context);
      if (from > 0) {
        int ws = from;
        while (ws < anchor.start() && !Character.isWhitespace(text.charAt(ws - 1))) {
          ws++;
        }
        from = ws;
      }
      if (to < text.length()) {
        int ws = to;
        while (ws > anchor.end() && !Character.isWhitespace(text.charAt(ws))) {
          ws--;
        }
        to = ws;
      }
      if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
        from++;
      }
      if (to < text.length() && to > from && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
      char[] chars = text.substring(from, to).toCharArray();
      for (int i = 0; i < chars.length; i++) {
        if (Character.isWhitespace(chars[i]) || Character.isSpaceChar(chars[i])) {
          chars[i] = ' ';
        }
      }
      List<Mark> marks = new ArrayList<>();
      for (Evidence e : evidence) {
        if (e.start() >= from && e.end() <= to) {
          marks.add(new Mark(e.start() - from, e.end() - from));
        }
      }
      return new Snippet(id, group == null ? "" : group, score, new String(chars), marks, from > 0,
          to < text.length());
    }

    /** The summary of everything counted so far; the builder can go on counting. */
    public CorpusSummary build() {
      return new CorpusSummary(this);
    }
  }

  private static final class Acc {
    long texts;
    long untagged;
    long errors;
    final long[] counts;

    Acc(int labels) {
      counts = new long[labels];
    }

    void add(boolean[] has) {
      texts++;
      boolean any = false;
      for (int i = 0; i < has.length; i++) {
        if (has[i]) {
          counts[i]++;
          any = true;
        }
      }
      if (!any) {
        untagged++;
      }
    }

    GroupCounts toCounts(String name, List<Label> labels) {
      Map<String, Long> m = new LinkedHashMap<>();
      for (int i = 0; i < labels.size(); i++) {
        m.put(labels.get(i).code(), counts[i]);
      }
      return new GroupCounts(name, texts, untagged, errors, m);
    }
  }

  private record Candidate(double score, long sequence, Snippet snippet) {
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.score)
        .thenComparingLong(c -> c.sequence);
  }
}
