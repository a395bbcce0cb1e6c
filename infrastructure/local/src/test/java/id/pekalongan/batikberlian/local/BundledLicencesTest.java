package id.pekalongan.batikberlian.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the two shaded jars bundle, checked against the README's licence record: only open-source licences, and never
 * DynamoDB Local or sqlite4java (Amazon's own terms; the build's enforcer rule refuses them too).
 *
 * <p>Inputs, under the repository root (system property {@code batik.root}, which the poms pass to surefire; {@code
 * ../..} when it is absent):
 *
 * <ul>
 *   <li>{@code infrastructure/local/target/bundled-dependencies.txt}: what {@code batik-berlian-local.jar} bundles.
 *       Required: {@code maven-dependency-plugin:list} writes it at {@code generate-resources}, before the tests.
 *   <li>{@code functions/target/bundled-dependencies.txt}: what the Lambda zip bundles; checked when present.
 *   <li>{@code README.md}, section {@code ## Licences}: the first table in that section whose header row is
 *       {@code | artifact | licence |}.
 * </ul>
 *
 * <p>A dependency list has one artifact a line, {@code groupId:artifactId:type[:classifier]:version}, optionally
 * followed by {@code " -- module ..."}; other lines (the plugin's heading, blank lines) are skipped.
 *
 * <p>The licence table, one row per artifact or per group, the table ending at the first line that does not start
 * with {@code |}:
 *
 * <pre>
 * | artifact | licence |
 * |---|---|
 * | `software.amazon.awssdk:*` | Apache-2.0 |
 * | `org.slf4j:slf4j-api` | MIT |
 * | `ch.qos.logback:*` | EPL-2.0 OR LGPL-2.1-only |
 * </pre>
 *
 * <ul>
 *   <li>The artifact cell is {@code groupId:artifactId} or {@code groupId:*} (every artifact of that group, used only
 *       where they all share one licence); backticks around it are optional; no row twice.
 *   <li>The licence cell is an SPDX identifier, or several joined by {@code " OR "} for a dual licence (each
 *       alternative must be in {@link #OPEN_SOURCE}); {@code WITH} exceptions are part of the identifier.
 * </ul>
 */
class BundledLicencesTest {

    /**
     * The licences found in what the jars bundle, all OSI-approved. A new one is added here only after reading it;
     * "unknown" or a vendor's own terms never are.
     */
    static final Set<String> OPEN_SOURCE = Set.of(
            "Apache-2.0",
            "MIT",
            "MIT-0",
            "BSD-2-Clause",
            "BSD-3-Clause",
            "EPL-2.0",
            "LGPL-2.1-only",
            "LGPL-2.1-or-later",
            "LGPL-3.0-or-later",
            "GPL-2.0-only WITH Classpath-exception-2.0");

    /** Under Amazon's own terms, not an open-source licence: never bundled, and no table row may vouch for them. */
    static final List<String> FORBIDDEN = List.of(
            "com.amazonaws:DynamoDBLocal",
            "software.amazon.dynamodb:*",
            "com.almworks.sqlite4java:*");

    private static Path root;
    private static Map<String, Set<String>> bundled;
    private static Map<String, String> table;

    @BeforeAll
    static void read() throws IOException {
        root = Path.of(System.getProperty("batik.root", "../..")).toAbsolutePath().normalize();
        bundled = new LinkedHashMap<>();
        Path local = root.resolve("infrastructure/local/target/bundled-dependencies.txt");
        assertThat(local).as("written by maven-dependency-plugin:list at generate-resources").exists();
        bundled.put("batik-berlian-local.jar", artifacts(Files.readAllLines(local)));
        Path functions = root.resolve("functions/target/bundled-dependencies.txt");
        if (Files.exists(functions)) {
            bundled.put("batik-berlian-functions-aws.zip", artifacts(Files.readAllLines(functions)));
        } else {
            System.out.println("BundledLicencesTest: " + functions + " absent (functions not built): local jar only");
        }
        table = licenceTable(Files.readAllLines(root.resolve("README.md")));
        bundled.forEach((jar, list) -> System.out.println(
                "BundledLicencesTest: " + jar + " bundles " + list.size() + " artifacts"));
        System.out.println("BundledLicencesTest: README licence table has " + table.size() + " rows");
    }

    @Test
    void theInputsAreWhatTheyShouldBe() {
        // An empty parse would let every other check pass on nothing.
        assertThat(bundled.get("batik-berlian-local.jar"))
                .as("the local jar bundles the functions and the emulators")
                .contains("id.pekalongan.batikberlian:batik-berlian-functions",
                        "id.pekalongan.batikberlian:batik-berlian-emulators");
        assertThat(table).as("the README's ## Licences table").isNotEmpty();
    }

    @Test
    void everyBundledArtifactHasARowInTheReadme() {
        bundled.forEach((jar, list) -> assertThat(uncovered(list, table.keySet()))
                .as("artifacts in %s without a row in README.md's ## Licences table", jar)
                .isEmpty());
    }

    @Test
    void everyLicenceInTheReadmeIsOpenSource() {
        assertThat(notOpenSource(table)).as("rows of README.md's licence table outside the allow-list").isEmpty();
    }

    @Test
    void nothingForbiddenIsBundledOrVouchedFor() {
        bundled.forEach((jar, list) ->
                assertThat(forbidden(list)).as("forbidden artifacts in %s", jar).isEmpty());
        assertThat(rowsCoveringForbidden(table.keySet()))
                .as("rows of README.md's licence table that would cover a forbidden artifact")
                .isEmpty();
    }

    @Test
    void everyRowCoversSomethingBundled() {
        // Only with both lists: a row for the Lambda zip alone would look unused otherwise.
        if (bundled.size() < 2) {
            return;
        }
        Set<String> all = new TreeSet<>();
        bundled.values().forEach(all::addAll);
        List<String> unused = table.keySet().stream()
                .filter(row -> all.stream().noneMatch(artifact -> matches(row, artifact)))
                .toList();
        assertThat(unused).as("rows of README.md's licence table that cover nothing either jar bundles").isEmpty();
    }

    // Each check fails when it should.

    @Test
    void theCoverageCheckNamesAnArtifactWithoutARow() {
        Set<String> rows = Set.of("org.slf4j:slf4j-api", "software.amazon.awssdk:*");
        assertThat(uncovered(Set.of("org.slf4j:slf4j-api", "software.amazon.awssdk:s3", "org.example:unlisted"), rows))
                .containsExactly("org.example:unlisted");
        assertThat(uncovered(Set.of("org.slf4j:jul-to-slf4j"), rows))
                .as("a single-artifact row does not cover its group").containsExactly("org.slf4j:jul-to-slf4j");
    }

    @Test
    void theLicenceCheckRejectsWhatIsNotOnTheAllowList() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("a:ok", "Apache-2.0");
        rows.put("b:dual", "EPL-2.0 OR LGPL-2.1-only");
        rows.put("c:vendor", "Amazon Software License");
        rows.put("d:half", "MIT OR Proprietary");
        rows.put("e:blank", "");
        rows.put("f:case", "apache-2.0");
        assertThat(notOpenSource(rows)).containsExactly("c:vendor", "d:half", "e:blank", "f:case");
    }

    @Test
    void theForbiddenCheckCatchesDynamoDbLocalAndSqlite4java() {
        assertThat(forbidden(Set.of("com.amazonaws:DynamoDBLocal", "com.amazonaws:aws-lambda-java-core",
                "software.amazon.dynamodb:DynamoDBLocal", "com.almworks.sqlite4java:libsqlite4java-linux-amd64",
                "software.amazon.awssdk:dynamodb")))
                .containsExactly("com.almworks.sqlite4java:libsqlite4java-linux-amd64", "com.amazonaws:DynamoDBLocal",
                        "software.amazon.dynamodb:DynamoDBLocal");
        assertThat(rowsCoveringForbidden(Set.of("com.amazonaws:*", "com.amazonaws:aws-lambda-java-core",
                "software.amazon.dynamodb:*", "com.almworks.sqlite4java:sqlite4java", "software.amazon.awssdk:*")))
                .containsExactly("com.almworks.sqlite4java:sqlite4java", "com.amazonaws:*", "software.amazon.dynamodb:*");
    }

    @Test
    void theParsersReadTheFormatsTheJavadocDescribes() {
        assertThat(artifacts(List.of(
                "",
                "The following files have been resolved:",
                "   org.slf4j:slf4j-api:jar:2.0.18 -- module org.slf4j",
                "   org.gaul:s3proxy:jar:4.1.0",
                "   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.0 -- module x [auto]")))
                .containsExactly("io.netty:netty-transport-native-epoll", "org.gaul:s3proxy", "org.slf4j:slf4j-api");
        List<String> readme = List.of(
                "## Tests",
                "| artifact | licence |",
                "|---|---|",
                "| `not:this` | MIT |",
                "## Licences",
                "Some text.",
                "",
                "| artifact | licence |",
                "|---|---|",
                "| `software.amazon.awssdk:*` | Apache-2.0 |",
                "| org.slf4j:slf4j-api | MIT |",
                "",
                "| `after:table` | MIT |",
                "## Reliability");
        assertThat(licenceTable(readme))
                .containsExactly(Map.entry("software.amazon.awssdk:*", "Apache-2.0"), Map.entry("org.slf4j:slf4j-api", "MIT"));
        assertThatThrownBy(() -> licenceTable(List.of("## Licences", "| artifact | licence |", "|---|---|",
                "| a:b | MIT |", "| a:b | MIT |")))
                .hasMessageContaining("a:b");
        assertThatThrownBy(() -> licenceTable(List.of("## Licences", "| artifact | licence |", "|---|---|",
                "| a-b-c | MIT |")))
                .hasMessageContaining("a-b-c");
        assertThatThrownBy(() -> licenceTable(List.of("## Licences", "no table here", "## Reliability")))
                .hasMessageContaining("| artifact | licence |");
    }

    // The checks, each returning what it rejects.

    static List<String> uncovered(Set<String> artifacts, Set<String> rows) {
        return artifacts.stream().sorted().filter(a -> rows.stream().noneMatch(row -> matches(row, a))).toList();
    }

    static List<String> notOpenSource(Map<String, String> rows) {
        List<String> rejected = new ArrayList<>();
        rows.forEach((row, licence) -> {
            List<String> alternatives = List.of(licence.trim().split(" OR ", -1));
            if (licence.isBlank() || !OPEN_SOURCE.containsAll(alternatives.stream().map(String::trim).toList())) {
                rejected.add(row);
            }
        });
        return rejected;
    }

    static List<String> forbidden(Set<String> artifacts) {
        return artifacts.stream().sorted().filter(a -> FORBIDDEN.stream().anyMatch(f -> matches(f, a))).toList();
    }

    /** Rows whose pattern takes in a forbidden artifact, so that the table could never vouch for one. */
    static List<String> rowsCoveringForbidden(Set<String> rows) {
        return rows.stream().sorted().filter(row -> FORBIDDEN.stream().anyMatch(f -> overlaps(row, f))).toList();
    }

    /** {@code pattern} is {@code groupId:artifactId} or {@code groupId:*}; {@code artifact} is {@code g:a}. */
    static boolean matches(String pattern, String artifact) {
        String[] p = pattern.split(":", 2);
        String[] a = artifact.split(":", 2);
        return p[0].equals(a[0]) && (p[1].equals("*") || p[1].equals(a[1]));
    }

    private static boolean overlaps(String pattern, String other) {
        String[] p = pattern.split(":", 2);
        String[] o = other.split(":", 2);
        return p[0].equals(o[0]) && (p[1].equals("*") || o[1].equals("*") || p[1].equals(o[1]));
    }

    // The parsers.

    /** {@code groupId:artifactId} of each artifact line of a {@code dependency:list} output file. */
    static Set<String> artifacts(List<String> lines) {
        Set<String> out = new TreeSet<>();
        for (String line : lines) {
            String coordinates = line.split(" -- ", 2)[0].trim();
            String[] parts = coordinates.split(":");
            if (parts.length < 4 || coordinates.contains(" ")) {
                continue; // the heading, blank lines
            }
            out.add(parts[0] + ":" + parts[1]);
        }
        return out;
    }

    /** The {@code | artifact | licence |} table of the {@code ## Licences} section, row pattern to licence. */
    static Map<String, String> licenceTable(List<String> readme) {
        int section = readme.indexOf("## Licences");
        if (section < 0) {
            throw new IllegalStateException("README.md has no '## Licences' section");
        }
        int i = section + 1;
        while (i < readme.size() && !readme.get(i).startsWith("## ") && !isHeader(readme.get(i))) {
            i++;
        }
        if (i >= readme.size() || !isHeader(readme.get(i))) {
            throw new IllegalStateException("no '| artifact | licence |' table in README.md's ## Licences section");
        }
        Map<String, String> rows = new LinkedHashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (i += 2; i < readme.size() && readme.get(i).startsWith("|"); i++) {
            String[] cells = readme.get(i).split("\\|", -1);
            if (cells.length != 4) {
                throw new IllegalStateException("not a two-cell row: " + readme.get(i));
            }
            String artifact = cells[1].trim().replace("`", "");
            String licence = cells[2].trim();
            if (!artifact.matches("[A-Za-z0-9_.-]+:([A-Za-z0-9_.-]+|\\*)")) {
                throw new IllegalStateException("not groupId:artifactId or groupId:* in the licence table: " + artifact);
            }
            if (rows.put(artifact, licence) != null) {
                duplicates.add(artifact);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("rows given twice in the licence table: " + duplicates);
        }
        return rows;
    }

    private static boolean isHeader(String line) {
        return line.replace(" ", "").equalsIgnoreCase("|artifact|licence|");
    }
}
