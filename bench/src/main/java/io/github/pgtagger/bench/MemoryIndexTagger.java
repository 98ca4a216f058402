package io.github.pgtagger.bench;

import io.github.pgtagger.analysis.ReflectionAnalyzer;
import io.github.pgtagger.lexicon.Lexicon;
import io.github.pgtagger.lexicon.LexiconEntry;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.tagging.Tagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Baseline: the same lexicons implemented the textbook Lucene way, one {@link MemoryIndex} per text (built with
 * the tagger's own analyzer) and one query per label: a {@link BooleanQuery} of a {@link TermQuery} per term and a
 * {@link PhraseQuery} (with the entry's slop) per phrase, boosted by the entry's weight. It only scores labels (no
 * evidence, negation or aspects), so it does less than the tagger; pronouns in phrases match literally. A label
 * counts as found when its query scores above zero. Thread-safe; pass each thread its own {@link MemoryIndex}.
 */
public final class MemoryIndexTagger {
  private static final String FIELD = "text";
  private final Map<Language, ReflectionAnalyzer> analyzers = new EnumMap<>(Language.class);
  private final Map<Language, List<Query>> queries = new EnumMap<>(Language.class);

  /** Compiles the lexicons of a tagger into one query per (scheme, label). */
  public MemoryIndexTagger(Tagger tagger) {
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 100_000));
    for (Language lang : tagger.languages()) {
      ReflectionAnalyzer analyzer = tagger.analyzer(lang);
      analyzers.put(lang, analyzer);
      Map<String, BooleanQuery.Builder> byLabel = new LinkedHashMap<>();
      for (Lexicon lex : tagger.lexicons(lang)) {
        for (LexiconEntry e : lex.entries()) {
          BooleanQuery.Builder b = byLabel.computeIfAbsent(lex.scheme() + "/" + e.label(),
              k -> new BooleanQuery.Builder());
          for (String term : e.terms()) {
            List<String> tokens = analyse(analyzer, term);
            if (!tokens.isEmpty()) {
              b.add(boost(new TermQuery(new Term(FIELD, tokens.get(0))), e.weight()), BooleanClause.Occur.SHOULD);
            }
          }
          for (String phrase : e.phrases()) {
            List<String> tokens = analyse(analyzer, phrase);
            PhraseQuery.Builder pb = new PhraseQuery.Builder().setSlop(e.slop());
            for (int i = 0; i < tokens.size(); i++) {
              pb.add(new Term(FIELD, tokens.get(i)), i);
            }
            b.add(boost(pb.build(), e.weight() * 1.5), BooleanClause.Occur.SHOULD);
          }
        }
      }
      List<Query> list = new ArrayList<>();
      byLabel.values().forEach(b -> list.add(b.build()));
      queries.put(lang, List.copyOf(list));
    }
  }

  private static Query boost(Query q, double weight) {
    return weight == 1.0 ? q : new BoostQuery(q, (float) weight);
  }

  private static List<String> analyse(ReflectionAnalyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Number of label queries of a language. */
  public int queryCount(Language lang) {
    return queries.get(lang).size();
  }

  /** Indexes the text in {@code index} (reset first) and runs every label query; returns the labels found. */
  public int tag(String text, Language lang, MemoryIndex index) {
    index.reset();
    index.addField(FIELD, text, analyzers.get(lang));
    int found = 0;
    for (Query q : queries.get(lang)) {
      if (index.search(q) > 0f) {
        found++;
      }
    }
    return found;
  }
}
