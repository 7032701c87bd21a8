package org.createyourresume.importer.confidence;

import java.util.EnumMap;
import java.util.Map;

/**
 * One thing the review can flag: an entry of a list (a job, a school, a skill group, a custom
 * section) or a field of the header, with the features the model reads for it.
 *
 * @param pointer the JSON pointer of the entry or field
 * @param noun what it is, for the warning ("job", "the headline")
 * @param features the value of each feature present (absent features are 0)
 */
public record Unit(String pointer, String noun, Map<Signal, Double> features) {

  public Unit {
    features = features.isEmpty() ? Map.of() : new EnumMap<>(features);
  }

  /** The value of one feature, 0 when absent. */
  public double value(Signal signal) {
    return features.getOrDefault(signal, 0.0);
  }

  /** The model's log-odds that something in this unit is wrong. */
  public double logOdds() {
    double sum = Signal.BIAS.weight;
    for (Map.Entry<Signal, Double> f : features.entrySet()) {
      sum += f.getKey().weight * f.getValue();
    }
    return sum;
  }

  /** The model's probability that something in this unit is wrong. */
  public double doubt() {
    return 1 / (1 + Math.exp(-logOdds()));
  }
}
