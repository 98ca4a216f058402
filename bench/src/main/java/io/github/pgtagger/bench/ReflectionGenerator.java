package io.github.pgtagger.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.pgtagger.model.Language;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic generator of short synthetic reflections, half Dutch and half English, each of one to three
 * sentences assembled from fragments written for this benchmark. The same seed and count give the same texts.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.pgtagger.bench.ReflectionGenerator OUT.jsonl COUNT [SEED]}
 * writes {@code {"id", "lang", "text"}} lines.
 */
public final class ReflectionGenerator {
  /** The default seed. */
  public static final long DEFAULT_SEED = 20_240_611L;

  private static final String[] NL_OPENERS = {
    "Sinds een paar weken", "De laatste tijd", "Eerlijk gezegd", "Vandaag", "Na de zomer", "Sinds mijn pensioen",
    "Op mijn werk", "Thuis", "'s Avonds", "Meestal", "Sinds de verhuizing", "Na het gesprek met de huisarts",
    "Door de drukte", "Sinds de kinderen het huis uit zijn", "Met de nieuwe medicijnen", "Tijdens de revalidatie",
    "Afgelopen maand", "Sinds ik weer werk", "In het weekend", "Op goede dagen"};
  private static final String[] NL_CORES = {
    "heb ik veel pijn in mijn schouder", "slaap ik slecht door al het piekeren", "voel ik me eenzaam",
    "geniet ik weer van het wandelen in het bos", "kunnen we bijna niet rondkomen", "heb ik veel minder stress",
    "ben ik vrijwilliger bij de voetbalclub", "lig ik 's nachts uren wakker", "ben ik moe en futloos",
    "heb ik weer zin in de dag", "durf ik eindelijk om hulp te vragen", "ga ik minder vaak over mijn grenzen",
    "zit ik lekker in mijn vel", "mis ik het contact met mijn vrienden", "eet ik gezonder en fiets ik naar mijn werk",
    "is de huur bijna niet meer op te brengen", "ben ik dankbaar voor wat ik nog kan", "houd ik zelf de regie",
    "praat ik met mijn coach over wat ik belangrijk vind", "doe ik alles in mijn eigen tempo",
    "heb ik last van hoofdpijn en onrust", "kan ik me slecht concentreren", "ben ik niet meer zo somber",
    "werk ik weer drie ochtenden per week", "heb ik rugpijn na het tuinieren", "voel ik me fitter dan vorig jaar",
    "maak ik me zorgen over de toekomst", "heb ik meer tijd voor mijn kleinkinderen", "vergeet ik steeds afspraken",
    "voel ik me niet serieus genomen door de gemeente", "heb ik geen overzicht meer over mijn administratie",
    "ga ik twee keer per week zwemmen", "heb ik weer plezier in het koken", "kan ik beter omgaan met tegenslag",
    "heb ik vaak ruzie met mijn partner", "ben ik blij met mijn nieuwe woning", "zit ik te veel alleen thuis",
    "heb ik slaapproblemen en werkstress", "loop ik elke ochtend een rondje met de hond", "voel ik me onzeker"};
  private static final String[] NL_TAILS = {
    "", " en dat merk ik elke dag", ", maar het gaat langzaam beter", ", gelukkig", " en de buren helpen mee",
    ", ook al is het geld krap", " zonder dat iemand het ziet", " en daar ben ik trots op",
    ", al weet ik niet hoe lang nog", " en dat geeft rust", " omdat ik geen keus heb", " door de lange dagen"};
  private static final String[] EN_OPENERS = {
    "For a few weeks now", "Lately", "Honestly", "Today", "After the summer", "Since I retired", "At work",
    "At home", "In the evenings", "Most days", "Since we moved", "After talking to my doctor", "Because it is so busy",
    "Since the kids left home", "With the new medication", "During rehab", "Last month", "Since I went back to work",
    "At the weekend", "On good days"};
  private static final String[] EN_CORES = {
    "I have a lot of pain in my shoulder", "I sleep badly because I keep worrying", "I feel lonely",
    "I enjoy walking in the woods again", "we can barely make ends meet", "I have much less stress",
    "I volunteer at the football club", "I lie awake for hours at night", "I feel tired and worn out",
    "I look forward to the day again", "I finally dare to ask for help", "I cross my limits less often",
    "I feel good in my own skin", "I miss seeing my friends", "I eat healthier and cycle to work",
    "the rent is getting hard to pay", "I am grateful for what I can still do", "I stay in control of my own care",
    "I talk with my coach about what matters to me", "I do everything at my own pace",
    "I have headaches and feel restless", "I find it hard to concentrate", "I am not as gloomy as before",
    "I work three mornings a week again", "I have back pain after gardening", "I feel fitter than last year",
    "I worry about the future", "I have more time for my grandchildren", "I keep forgetting appointments",
    "I do not feel taken seriously by the council", "I have lost track of my paperwork",
    "I go swimming twice a week", "I enjoy cooking again", "I cope better with setbacks",
    "I often argue with my partner", "I am happy with my new home", "I sit at home alone too much",
    "I have sleeping problems and stress at work", "I walk the dog every morning", "I feel insecure"};
  private static final String[] EN_TAILS = {
    "", " and I notice it every day", ", but it is slowly getting better", ", luckily", " and the neighbours help out",
    ", even though money is tight", " without anyone noticing", " and I am proud of that",
    ", though I do not know for how long", " and that gives me peace", " because I have no choice",
    " because of the long days"};
  private static final String[] ENDINGS = {".", ".", ".", "!", "...", ""};

  /** One generated reflection. */
  public record Row(String id, Language language, String text) {}

  private ReflectionGenerator() {}

  /** Every fragment of one language (openers, sentence cores and tails). */
  static List<String> fragments(Language lang) {
    List<String> out = new ArrayList<>();
    if (lang == Language.NL) {
      out.addAll(List.of(NL_OPENERS));
      out.addAll(List.of(NL_CORES));
      out.addAll(List.of(NL_TAILS));
    } else {
      out.addAll(List.of(EN_OPENERS));
      out.addAll(List.of(EN_CORES));
      out.addAll(List.of(EN_TAILS));
    }
    return out;
  }

  /** Generates {@code count} reflections from a seed; row {@code i} is Dutch when {@code i} is even. */
  public static List<Row> generate(int count, long seed) {
    List<Row> rows = new ArrayList<>(count);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      rows.add(row(i, rng));
    }
    return rows;
  }

  private static Row row(int i, SplittableRandom rng) {
    Language lang = i % 2 == 0 ? Language.NL : Language.EN;
    int sentences = 1 + rng.nextInt(3);
    StringBuilder sb = new StringBuilder(160);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        sb.append(' ');
      }
      if (lang == Language.NL) {
        sentence(sb, rng, NL_OPENERS, NL_CORES, NL_TAILS);
      } else {
        sentence(sb, rng, EN_OPENERS, EN_CORES, EN_TAILS);
      }
    }
    return new Row(String.format(java.util.Locale.ROOT, "r%07d", i + 1), lang, sb.toString());
  }

  private static void sentence(StringBuilder sb, SplittableRandom rng, String[] openers, String[] cores,
      String[] tails) {
    sb.append(openers[rng.nextInt(openers.length)]).append(' ').append(cores[rng.nextInt(cores.length)])
        .append(tails[rng.nextInt(tails.length)]).append(ENDINGS[rng.nextInt(ENDINGS.length)]);
  }

  /** Writes {@code count} reflections as JSON Lines. */
  public static void write(OutputStream out, int count, long seed) throws IOException {
    SplittableRandom rng = new SplittableRandom(seed);
    try (JsonGenerator gen = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      gen.setRootValueSeparator(new SerializedString("\n"));
      for (int i = 0; i < count; i++) {
        Row r = row(i, rng);
        gen.writeStartObject();
        gen.writeStringField("id", r.id());
        gen.writeStringField("lang", r.language().code());
        gen.writeStringField("text", r.text());
        gen.writeEndObject();
      }
      gen.writeRaw('\n');
    }
  }

  /** Writes {@code COUNT} reflections to {@code OUT}: {@code OUT COUNT [SEED]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ReflectionGenerator OUT.jsonl COUNT [SEED]");
      System.exit(2);
    }
    int count = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 16)) {
      write(out, count, seed);
    }
  }
}
