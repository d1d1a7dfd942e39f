package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.io.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./phasescope} on a machine that lacks tools: each run gets a {@code PATH} of symlinks to just the tools
 * wanted (the shell utilities the launcher uses, with or without the JDK; never {@code mvn} or {@code npm}) and no
 * {@code JAVA_HOME}. Without a JDK it explains in one paragraph and exits 1; with a JDK and without Maven it runs;
 * without npm and without cached MNIST it says how to get the data, and trains a classroom-sized subset offline on
 * the bundled one; a normal run prints no warning.
 */
@Tag("slow")
class LauncherTest {

    /** What the launcher calls besides Java: {@code env} finds bash for the shebang. */
    private static final List<String> SHELL_TOOLS =
            List.of("bash", "env", "dirname", "find", "sed", "head", "cut", "readlink", "grep", "cat");

    @TempDir
    Path dir;

    @Test
    void withoutAJdkItPrintsOneParagraphAndExits1() throws Exception {
        LauncherRun run = run(tools(false), Map.of(), "--version");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().strip().lines()).as(run.stderr()).hasSize(1);
        assertThat(run.stderr())
                .contains("JDK) 17 or newer", "none was found")
                .contains("sudo apt-get install openjdk-17-jdk")
                .contains("https://adoptium.net")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void withAJdkAndNoMavenItRunsAndPrintsNoWarning() throws Exception {
        LauncherRun run = run(tools(true), Map.of(), "--version");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout().lines()).hasSize(6).first().isEqualTo("Phasescope " + Version.NUMBER);
        assertThat(run.stdout()).contains("\nBLAS OpenBLAS ", "\nLog folder ");
        assertThat(run.stderr()).as("stderr").isEmpty();
    }

    @Test
    void withoutNpmAndWithoutCachedMnistItSaysHowToGetTheData() throws Exception {
        LauncherRun run = withoutNpmOrMnist(
                "train", "--epochs", "1", "--out", dir.resolve("run").toString());

        assertThat(run.exit()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr())
                .contains("npm was not found")
                .contains("sudo apt-get install npm")
                .contains("--data DIR")
                .contains("train-images-idx3-ubyte")
                .contains("demo workspace")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void withoutNpmAndWithoutCachedMnistItTrainsOfflineOnTheBundledClassroomSubset() throws Exception {
        LauncherRun run = withoutNpmOrMnist(
                LauncherRun.trainOnAClassroomSizedSubset(dir.resolve("run")).toArray(String[]::new));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.stdout())
                .contains("training on the bundled MNIST classroom subset (10000 train / 2000 test images)")
                .contains("MNIST classroom subset train");
        assertThat(run.stderr()).as("stderr").isEmpty();
        assertThat(dir.resolve("run")).isNotEmptyDirectory();
    }

    @Test
    void aHeadlessScreenshotOfTheDemoPrintsNothingButItsResult() throws Exception {
        Path png = dir.resolve("demo.png");
        LauncherRun run = run(
                tools(true),
                Map.of(),
                "--sweeps",
                dir.resolve("sweeps").toString(),
                "screenshot",
                "--workspace",
                "demo",
                "--out",
                png.toString());

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout().strip()).startsWith("Wrote " + png);
        assertThat(run.stderr()).as("stderr").isEmpty();
    }

    /** Runs the launcher with a JDK, without npm and with an empty MNIST cache. */
    private LauncherRun withoutNpmOrMnist(String... args) throws Exception {
        Path emptyCache = Files.createDirectories(dir.resolve("no-mnist"));
        return run(tools(true), Map.of("PHASESCOPE_DATA", emptyCache.toString()), args);
    }

    /** A folder of symlinks to the shell tools, and to java and javac when {@code withJdk}. */
    private Path tools(boolean withJdk) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(withJdk ? "bin-jdk" : "bin"));
        for (String tool : SHELL_TOOLS) {
            Files.createSymbolicLink(bin.resolve(tool), onPath(tool));
        }
        if (withJdk) {
            Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
            for (String tool : List.of("java", "javac")) {
                Files.createSymbolicLink(bin.resolve(tool), jdkBin.resolve(tool));
            }
        }
        return bin;
    }

    private static Path onPath(String tool) {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH " + System.getenv("PATH"));
    }

    private LauncherRun run(Path bin, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LauncherRun.LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment
                .keySet()
                .removeIf(name -> !List.of("HOME", "LANG", "XDG_CACHE_HOME").contains(name));
        environment.put("PATH", bin.toString());
        environment.put("PHASESCOPE_JAVA_OPTS", "-Xmx1g");
        environment.putAll(env);
        return LauncherRun.of(builder, dir, 600);
    }
}
