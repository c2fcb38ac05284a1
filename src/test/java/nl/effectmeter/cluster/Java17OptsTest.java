package nl.effectmeter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The launchers (jobs/java17-opts) and the build (pom.xml) give Spark the same Java 17 flags. */
class Java17OptsTest {
  @Test
  void jobsJava17OptsEqualsTheSparkJavaOptsPropertyOfThePom() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher property =
        Pattern.compile("<spark\\.java\\.opts>(.*?)</spark\\.java\\.opts>", Pattern.DOTALL)
            .matcher(pom);
    assertThat(property.find()).as("pom.xml has a spark.java.opts property").isTrue();

    String file = Files.readString(Path.of("jobs/java17-opts"));

    assertThat(file.strip().split("\\s+")).containsExactly(property.group(1).strip().split("\\s+"));
  }
}
