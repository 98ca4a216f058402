package io.github.pgtagger.examples;

import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;

/** The README's API example: build a tagger once, tag a text, print tags with their evidence. */
public final class QuickStart {
  private QuickStart() {}

  /** Tags the texts given as arguments, or a sample sentence. */
  public static void main(String[] args) {
    Tagger tagger = Tagger.builder().build(); // immutable and thread-safe: build once, share
    String[] texts = args.length > 0 ? args : new String[] {"Mijn rug doet al weken pijn en ik slaap daardoor slecht."};
    for (String text : texts) {
      TaggingResult result = tagger.tag(text);
      System.out.println(text + "  [" + result.language() + "]");
      for (DimensionTag tag : result.dimensions()) {
        System.out.printf("  %-18s %.2f %s %s%n", tag.code(), tag.score(), tag.aspects().stream().map(a -> a.id()).toList(),
            tag.polarity());
        for (Evidence e : tag.evidence()) {
          System.out.printf("      [%d,%d) \"%s\" (entry %s)%n", e.start(), e.end(), e.text(), e.entry());
        }
      }
      for (InterpretationTag tag : result.interpretations()) {
        System.out.printf("  %-18s %.2f%n", tag.code(), tag.score());
      }
    }
  }
}
