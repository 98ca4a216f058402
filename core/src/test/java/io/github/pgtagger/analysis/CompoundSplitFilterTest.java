package io.github.pgtagger.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pgtagger.internal.CompoundDictionary;
import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CompoundSplitFilter} must give exactly the tokens (text, position increment, offsets, flags, keyword, type)
 * of the chain it replaced: Lucene's DictionaryCompoundWordTokenFilter followed by {@link
 * ReferenceCompoundPartFilter}, on dictionary words, compounds of two and three of them with and without linking
 * letters, doubled words, long words and random letter strings.
 */
class CompoundSplitFilterTest {

  /** Sets flags and the keyword mark from the word length, so that the test sees them passed on or reset. */
  static final class MarkFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    MarkFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      flags.setFlags(term.length() % 8);
      keyword.setKeyword(term.length() % 3 == 0);
      return true;
    }
  }

  static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
    FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
    KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
    TypeAttribute type = ts.addAttribute(TypeAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term + " +" + inc.getPositionIncrement() + " [" + off.startOffset() + "," + off.endOffset() + ") f"
          + flags.getFlags() + (keyword.isKeyword() ? " kw " : " ") + type.type());
    }
    ts.end();
    ts.close();
    return out;
  }

  static List<String> reference(String text, CharArraySet dict) throws IOException {
    Tokenizer t = new WhitespaceTokenizer();
    t.setReader(new StringReader(text));
    return tokens(new ReferenceCompoundPartFilter(
        new DictionaryCompoundWordTokenFilter(new MarkFilter(t), dict, 6, 3, 24, false), dict));
  }

  static List<String> actual(String text, CharArraySet dict) throws IOException {
    Tokenizer t = new WhitespaceTokenizer();
    t.setReader(new StringReader(text));
    CompoundDictionary.Builder d = new CompoundDictionary.Builder(dict.size());
    for (Object w : dict) {
      d.add(new String((char[]) w));
    }
    return tokens(new CompoundSplitFilter(new MarkFilter(t), d.build()));
  }

  static List<String> testWords(List<String> words, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    String[] links = {"", "", "s", "e", "en"};
    List<String> out = new ArrayList<>(words);
    for (int i = 0; i < 10_000; i++) {
      String a = words.get(rng.nextInt(words.size()));
      String b = words.get(rng.nextInt(words.size()));
      out.add(a + links[rng.nextInt(links.length)] + b);
      if (i % 4 == 0) {
        String c = words.get(rng.nextInt(words.size()));
        out.add(a + b + links[rng.nextInt(links.length)] + c);
      }
      if (i % 10 == 0) {
        out.add(a + a);
        out.add(a + "s" + a + "s" + a);
      }
      if (i % 7 == 0) {
        StringBuilder sb = new StringBuilder();
        int n = 3 + rng.nextInt(30);
        for (int k = 0; k < n; k++) {
          sb.append((char) ('a' + rng.nextInt(26)));
        }
        out.add(sb.toString());
      }
    }
    out.add("slaapproblemen slaapslaap treinstation vergeten werkstress geluksgevoel");
    out.add("x".repeat(60) + " " + "slaap".repeat(8));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void givesTheSameTokensAsDictionaryCompoundWordTokenFilterAndThePartCheck(Language language) throws IOException {
    List<String> words = ReflectionAnalyzer.bundledCompoundWords(language).stream()
        .filter(w -> w.chars().allMatch(Character::isLetter)).toList();
    CharArraySet dict = new CharArraySet(words, false);
    List<String> inputs = testWords(words, 42 + language.ordinal());
    int partsSeen = 0;
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < inputs.size(); i++) {
      batch.append(inputs.get(i)).append(' ');
      if (i % 50 == 49 || i == inputs.size() - 1) {
        String text = batch.toString();
        List<String> expected = reference(text, dict);
        assertThat(actual(text, dict)).as(text).containsExactlyElementsOf(expected);
        partsSeen += (int) expected.stream().filter(s -> s.contains(" +0 ")).count();
        batch.setLength(0);
      }
    }
    assertThat(partsSeen).as("compound parts produced").isGreaterThan(500);
  }
}
