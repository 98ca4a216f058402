package io.github.pgtagger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word table finds exactly the words added, with their first ids, and reads back what it wrote. */
class WordTableTest {

  @Test
  void findsTheWordsAddedWithTheirFirstIds() {
    WordTable.Builder b = new WordTable.Builder(2);
    assertThat(b.add("slaap")).isEqualTo(0);
    assertThat(b.add("pijn")).isEqualTo(1);
    assertThat(b.add("slaap")).as("added again").isEqualTo(0);
    assertThat(b.add("geïnspireerd")).isEqualTo(2);
    assertThat(b.add("ı")).as("dotless i, one char").isEqualTo(3);
    assertThat(b.add("")).as("the empty word").isEqualTo(4);
    WordTable t = b.build();
    assertThat(t.size()).isEqualTo(5);
    assertThat(t.words()).containsExactly("slaap", "pijn", "geïnspireerd", "ı", "");
    char[] text = "xxslaapkamer".toCharArray();
    assertThat(t.id(text, 2, 5)).isEqualTo(0);
    assertThat(t.id(text, 2, 4)).as("a prefix of a word").isEqualTo(-1);
    assertThat(t.id(text, 2, 6)).as("a word plus a char").isEqualTo(-1);
    assertThat(contains(t, "geinspireerd")).as("not folded here").isFalse();
    assertThat(contains(t, "i")).isFalse();
    assertThat(contains(t, "")).isTrue();
    assertThat(t.word(2)).isEqualTo("geïnspireerd");
  }

  @Test
  void agreesWithAHashMapOnManyRandomWords() {
    SplittableRandom rng = new SplittableRandom(20261122);
    Map<String, Integer> reference = new HashMap<>();
    WordTable.Builder b = new WordTable.Builder(16); // grows many times
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String w = randomWord(rng);
      int id = b.add(w);
      Integer before = reference.putIfAbsent(w, reference.size());
      assertThat(id).isEqualTo(before == null ? reference.size() - 1 : before);
      probes.add(randomWord(rng));
    }
    WordTable t = b.build();
    assertThat(t.size()).isEqualTo(reference.size());
    WordTable back = WordTable.read(new ByteReader(t.toBytes(), 0));
    assertThat(back).isEqualTo(t);
    for (WordTable table : List.of(t, back)) {
      for (Map.Entry<String, Integer> e : reference.entrySet()) {
        char[] c = ("  " + e.getKey()).toCharArray();
        assertThat(table.id(c, 2, c.length - 2)).isEqualTo(e.getValue());
      }
      for (String p : probes) {
        assertThat(contains(table, p)).isEqualTo(reference.containsKey(p));
      }
    }
  }

  private static boolean contains(WordTable t, String w) {
    return t.id(w.toCharArray(), 0, w.length()) >= 0;
  }

  private static String randomWord(SplittableRandom rng) {
    String letters = "aeiouslnrtkpéëïçı";
    StringBuilder sb = new StringBuilder();
    int n = 1 + rng.nextInt(7);
    for (int i = 0; i < n; i++) {
      sb.append(letters.charAt(rng.nextInt(letters.length())));
    }
    return sb.toString();
  }

  @Test
  void readsOnlyWhatFitsAndMovesPastIt() {
    WordTable.Builder b = new WordTable.Builder(4);
    b.add("rug");
    b.add("moe");
    byte[] one = b.build().toBytes();
    byte[] two = new byte[2 * one.length];
    System.arraycopy(one, 0, two, 0, one.length);
    System.arraycopy(one, 0, two, one.length, one.length);
    ByteReader in = new ByteReader(two, 0);
    assertThat(WordTable.read(in).words()).containsExactly("rug", "moe");
    assertThat(in.pos).isEqualTo(one.length);
    assertThat(WordTable.read(in).words()).containsExactly("rug", "moe");
    byte[] cut = java.util.Arrays.copyOf(one, one.length - 1);
    assertThatThrownBy(() -> WordTable.read(new ByteReader(cut, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
    byte[] badSlots = one.clone();
    badSlots[8] = 3; // 3 slots: not a power of two
    badSlots[9] = 0;
    assertThatThrownBy(() -> WordTable.read(new ByteReader(badSlots, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 slots");
  }
}
