package nl.effectmeter.generate;

/**
 * Writes a deterministic test input location: {@code --cases N --seed S --output DIR [--start
 * 2023-01-01] [--as-of 2025-12-31] [--defects true|false]}.
 */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) {
    GeneratorSettings settings;
    try {
      settings = GeneratorSettings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "Usage: GenerateMain --cases N --seed S --output DIR [--start 2023-01-01]"
              + " [--as-of 2025-12-31] [--defects true|false]");
      System.exit(2);
      return;
    }
    long began = System.nanoTime();
    GenerationSummary summary = Generator.generate(settings);
    long millis = (System.nanoTime() - began) / 1_000_000;
    System.out.print(summary.describe());
    System.out.println("written to " + settings.output() + " in " + millis + " ms");
  }
}
