package io.github.pgtagger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharsTest {
  @Test
  void allowedTextIsReturnedAsItIs() {
    String s = "tab\t lf\n cr\r <&>\"' \uD7FF \uE000 \uFFFD 😀 שלום";
    assertThat(XmlChars.isValid(s)).isTrue();
    assertThat(XmlChars.forXml(s)).isSameAs(s);
    assertThat(XmlChars.forPlainText(s)).isSameAs(s);
  }

  @Test
  void forbiddenCharsAreReplacedOneForOne() {
    String s = "a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh";
    assertThat(XmlChars.isValid(s)).isFalse();
    assertThat(XmlChars.forXml(s)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh");
    assertThat(XmlChars.forPlainText(s)).isEqualTo("a b c d e f g h");
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharsAndPairsStay() {
    String s = "x\uD800y\uDC00z😀\uDBFF";
    assertThat(XmlChars.isValid(s)).isFalse();
    String plain = XmlChars.forPlainText(s);
    assertThat(plain).isEqualTo("x\uFFFDy\uFFFDz😀\uFFFD");
    assertThat(XmlChars.forXml(s)).isEqualTo(plain);
    assertThat(plain.codePointCount(0, plain.length())).isEqualTo(s.codePointCount(0, s.length()));
  }
}
