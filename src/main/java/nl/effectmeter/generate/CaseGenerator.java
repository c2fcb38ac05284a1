package nl.effectmeter.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.reference.Municipality;

/**
 * Generates the cases in order of request: case {@code i} of {@code n} is requested at fraction
 * {@code i/n} of the period, so recent clients and the story's timing follow from the index.
 */
final class CaseGenerator {
  /** The share of each channel among the cases that record one. */
  private static final Map<String, Double> CHANNEL_WEIGHTS =
      Map.of("online", 0.60, "phone", 0.12, "counter", 0.08, "mail", 0.10, "other", 0.04);

  /** The share of cases without a channel. */
  private static final double NO_CHANNEL_SHARE = 0.06;

  /** CodeLists.CHANNELS, then null for a case without a channel. */
  private static final List<String> CHANNELS = channelsOrNone();

  private static final double[] CHANNEL_SHARES = channelShares();
  private static final String[] SEGMENTS = {"18-26", "27-44", "45-66", "67+"};
  private static final double STALE_SHARE = 0.003;
  private static final double SAME_NIGHT_SHARE = 0.0015;

  private final World reference;
  private final Story story;
  private final long cases;
  private final long periodStart;
  private final long periodSeconds;
  private final long asOfEnd;
  private final LocalClock clock;
  private final ClientKeys clientKeys;
  private final Places places;
  private final int idWidth;

  CaseGenerator(GeneratorSettings settings, World reference, Story story, LocalClock clock) {
    this.reference = reference;
    this.story = story;
    this.cases = settings.cases();
    this.clock = clock;
    this.periodStart = settings.start().toEpochDay() * LocalClock.SECONDS_PER_DAY;
    this.asOfEnd = (settings.asOf().toEpochDay() + 1) * LocalClock.SECONDS_PER_DAY;
    this.periodSeconds = asOfEnd - periodStart;
    this.clientKeys = new ClientKeys(settings.seed(), reference.regulations().size());
    this.places = new Places(reference);
    this.idWidth = Math.max(8, Long.toString(settings.cases() * 2).length());
  }

  String caseId(long number) {
    String digits = Long.toString(number);
    return "C" + "0".repeat(Math.max(0, idWidth - digits.length())) + digits;
  }

  GeneratedCase next(long index, SplittableRandom random) {
    long requested =
        clock.avoidTransition(
            periodStart + (long) ((index + random.nextDouble()) / cases * periodSeconds));
    int regulationIndex = regulation(requested, random);
    SimulatedRegulation regulation = reference.regulations().get(regulationIndex);
    Municipality municipality = places.municipality(regulation, random);
    String organisation =
        regulation.executedByEveryMunicipality() ? municipality.code() : regulation.executor();

    boolean sameNight = random.nextDouble() < SAME_NIGHT_SHARE;
    long decided;
    TimestampStyle decidedStyle = style(random);
    String decision = decision(regulation, random);
    if (sameNight) {
      long midnight = Math.floorDiv(requested, LocalClock.SECONDS_PER_DAY) * 86_400L;
      requested = midnight + 300 + random.nextInt(2400);
      decided = midnight + 3000 + random.nextInt(3900);
      decidedStyle = TimestampStyle.UTC;
    } else {
      double days = regulation.legalTermDays() * Math.exp(-0.48 + 0.38 * random.nextGaussian());
      if (story.concerns(regulation)) {
        days *= story.delayFactor(regulation, requested);
      }
      if (organisation.equals(Story.MODEL_MUNICIPALITY)) {
        days *= Story.MODEL_DELAY_FACTOR;
      }
      if (CodeLists.WITHDRAWN.equals(decision)) {
        days *= 0.5;
      }
      long day = Math.floorDiv(requested, LocalClock.SECONDS_PER_DAY) + Math.round(days);
      int secondOfDay = 8 * 3600 + random.nextInt(10 * 3600);
      decided =
          day * LocalClock.SECONDS_PER_DAY >= asOfEnd
              ? asOfEnd
              : clock.avoidTransition(day * LocalClock.SECONDS_PER_DAY + secondOfDay);
      if (decided < requested) {
        decided = requested + random.nextInt(3600);
      }
      if (story.concerns(regulation)) {
        decided =
            clock.avoidTransition(
                story.decided(regulation, requested, decided, random.nextDouble()));
      }
    }
    if (decided >= asOfEnd || random.nextDouble() < STALE_SHARE) {
      decided = -1;
      decision = null;
      decidedStyle = null;
    }
    return new GeneratedCase(
        index,
        caseId(index),
        regulation,
        organisation,
        municipality,
        requested,
        style(random),
        decided,
        decidedStyle,
        decision,
        CHANNELS.get(Weighted.pick(CHANNEL_SHARES, random)),
        random.nextDouble() < 0.07
            ? null
            : clientKeys.next(random, regulationIndex, repeatShare(regulation)),
        random.nextDouble() < 0.04
            ? null
            : SEGMENTS[Weighted.pick(segmentShares(regulation), random)],
        random.nextDouble() < 0.05 ? -1 : cost(regulation, random));
  }

  private int regulation(long requested, SplittableRandom random) {
    List<SimulatedRegulation> regulations = reference.regulations();
    double[] weights = new double[regulations.size()];
    for (int i = 0; i < weights.length; i++) {
      SimulatedRegulation regulation = regulations.get(i);
      weights[i] = regulation.weight();
      if (story.concerns(regulation)) {
        weights[i] *= story.inflowFactor(reference.regulations().get(i), requested);
      }
    }
    return Weighted.pick(weights, random);
  }

  static TimestampStyle style(SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.70) {
      return TimestampStyle.LOCAL;
    } else if (u < 0.82) {
      return TimestampStyle.UTC;
    } else if (u < 0.92) {
      return TimestampStyle.OFFSET;
    }
    return TimestampStyle.DATE;
  }

  private static String decision(SimulatedRegulation regulation, SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.06) {
      return CodeLists.WITHDRAWN;
    }
    return random.nextDouble() < regulation.grantRate() ? CodeLists.GRANTED : CodeLists.REJECTED;
  }

  private static List<String> channelsOrNone() {
    List<String> channels = new ArrayList<>(CodeLists.CHANNELS);
    channels.add(null);
    return Collections.unmodifiableList(channels);
  }

  private static double[] channelShares() {
    double[] recorded = Weighted.ofCodes("CodeLists.CHANNELS", CodeLists.CHANNELS, CHANNEL_WEIGHTS);
    double[] shares = Arrays.copyOf(recorded, recorded.length + 1);
    shares[recorded.length] = NO_CHANNEL_SHARE;
    return shares;
  }

  private static double repeatShare(SimulatedRegulation regulation) {
    return switch (regulation.code()) {
      case "PW", "WMO" -> 0.12;
      case "ZT", "HT" -> 0.08;
      default -> 0.04;
    };
  }

  private static double[] segmentShares(SimulatedRegulation regulation) {
    return switch (regulation.code()) {
      case "AOW" -> new double[] {0, 0, 0.04, 0.96};
      case "SF" -> new double[] {0.85, 0.15, 0, 0};
      case "KB" -> new double[] {0.12, 0.70, 0.18, 0};
      case "WW", "WIA", "PW" -> new double[] {0.15, 0.40, 0.45, 0};
      default -> new double[] {0.15, 0.35, 0.30, 0.20};
    };
  }

  private static long cost(SimulatedRegulation regulation, SplittableRandom random) {
    return Math.round(regulation.baseCostEur() * Math.exp(0.35 * random.nextGaussian()) * 100);
  }
}
