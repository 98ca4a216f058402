package io.github.pgtagger.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void escapesMarkupCharacters() {
    assertThat(Markup.escape("<script>alert(\"x\")</script> & 'y' ]]>"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; ]]&gt;");
    assertThat(Markup.escape(null)).isEmpty();
    assertThat(Markup.escape("gewoon")).isSameAs("gewoon");
  }

  @Test
  void replacesCharactersXmlDoesNotAllow() {
    assertThat(Markup.escape("a\u0000b\u0001c\uFFFEd\uFFFFe\u007Ff\u0085g")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
    assertThat(Markup.escape("tab\tlf\ncr\r")).isEqualTo("tab\tlf\ncr\r");
    assertThat(Markup.escape("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone \uFFFD high, lone \uFFFD low");
    assertThat(Markup.escape("emoji \uD83D\uDE00 kept, é kept")).isEqualTo("emoji \uD83D\uDE00 kept, é kept");
    assertThat(Markup.allowed(0x1FFFE)).isFalse();
    assertThat(Markup.allowed(0x10000)).isTrue();
    assertThat(Markup.clean("x\u0000y")).isEqualTo("x\uFFFDy");
  }
}
