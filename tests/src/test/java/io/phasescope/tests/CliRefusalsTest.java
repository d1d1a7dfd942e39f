package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Dl4jNetworks;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepPresets;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nonsense is refused before any work (issue #14, items 1, 2, 8, 9 and 10): empty paths, outputs that would
 * overwrite an input or a file of a sweep, model or path folder, values that used to fail only after the folder
 * was created or after the computation, and contradictory or ignored flags. Each exits with code 2 and one message
 * naming the option, creates no {@code x} folder and prints no Java internals.
 */
class CliRefusalsTest {

    @TempDir
    static Path root;

    /** Model A (16-8-3), A2 (A's architecture, another seed), B (16-12-3) and M (784-64-10), and a sweep folder. */
    @BeforeAll
    static void folders() throws IOException {
        model("A", new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1));
        model("A2", new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 2));
        model("B", new NetworkSpec(16, List.of(12), Activation.SIGMOID, 3, 1));
        model("M", new NetworkSpec(784, List.of(64), Activation.SIGMOID, 10, 1));
        SweepFolder.openOrCreate(root.resolve("SW"), SweepPresets.PATTERNS.spec(null));
    }

    private static void model(String name, NetworkSpec spec) throws IOException {
        ModelStore.save(
                root.resolve(name),
                new SavedModel(spec, TrainingOptions.defaults(), XavierInit.initialize(spec), "f", "patterns"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            train --dataset patterns --out _                               | option '--out'
            sweep --preset patterns --out _                                | option '--out'
            path --a {A} --b {A2} --dataset patterns --out _               | option '--out'
            slice --model {A} --dataset patterns --out _                   | option '--out'
            demo --out _                                                   | option '--out'
            spectrum --model {A} --density _                               | option '--density'
            figure {SW} --out _                                            | option '--out'
            train --dataset patterns --data _ --out {x}                    | option '--data'
            figure {SW} --kind phase --out {SW}/points.csv                 | --out {SW}/points.csv would overwrite a file of the sweep folder {SW}
            figure {SW} --kind phase --out {SW}/sweep.json                 | --out {SW}/sweep.json would overwrite a file of the sweep folder {SW}
            figure {SW} --kind phase --out {A}/model.json                  | --out {A}/model.json would overwrite a file of the model folder {A}
            figure {SW} --kind phase --out {SW}                            | --out {SW} is an input of this command
            spectrum --model {A} --density {A}/model.zip                   | --density {A}/model.zip would overwrite a file of the model folder {A}
            train --dataset patterns --out {SW}                            | --out {SW} is a sweep folder
            sweep --preset patterns --out {A}                              | --out {A} is a model folder
            slice --model {A} --dataset patterns --out {A}                 | --out {A} is an input of this command
            slice --model {A} --dataset patterns --out {B}                 | --out {B} is a model folder
            path --a {A} --b {A2} --dataset patterns --out {A2}            | --out {A2} is an input of this command
            slice --model {A} --biases foo --out {x}                       | --biases must be zero or keep, was 'foo'
            figure {SW} --format gif --out {x}.gif                         | --format must be png, svg, pdf or csv, was 'gif'
            figure {SW} --out {x}.xyz                                      | --out must end in .png, .svg, .pdf or .csv
            slice --model {A} --direction toward --to {B} --out {x}        | --to is 16-12-3
            train --dataset patterns --subset 100000 --out {x}             | --subset must be in [0, 3000]
            sweep --preset patterns --subset 1000000 --out {x}             | --subset must be in [0, 3000]
            sweep --preset classroom --data {root}/wrong --out {x}         | --data
            sweep --preset patterns --activation relu --out {x}            | --activation: the sweep trains the patterns CNN
            sweep --preset patterns --dataset mnist --out {x}              | --dataset: the patterns CNN cannot read mnist
            path --a {A} --b {A2} --subset -1 --out {x}                    | --subset must be >= 0 (0 = all), was -1
            path --a {A} --b {A2} --test-subset -1 --out {x}               | --test-subset must be >= 0 (0 = all), was -1
            slice --model {A} --subset -1 --out {x}                        | --subset must be >= 0 (0 = all), was -1
            slice --model {A} --test-subset -1 --out {x}                   | --test-subset must be >= 0 (0 = all), was -1
            spectrum --model {A} --subset -1                               | --subset must be >= 0 (0 = all), was -1
            spectrum --model {A} --test-subset -1                          | --test-subset must be >= 0 (0 = all), was -1
            path --a {A} --b {A2} --kind pathfinder --lambda-grid 1:0:1 --out {x} | --lambda-grid stop λ must be finite and >= start 1.0, was 0.0
            path --a {A} --b {A2} --dataset foo --out {x}                  | --dataset must be mnist, fashion, patterns or patterns-paper, was 'foo'
            slice --model {A} --dataset foo --out {x}                      | --dataset must be mnist, fashion, patterns or patterns-paper, was 'foo'
            spectrum --model {A} --dataset foo                             | --dataset must be mnist, fashion, patterns or patterns-paper, was 'foo'
            slice --model {A} --dataset patterns --quantity class --class 10 --out {x} | --class must be in [0, 2], was 10
            path --kind pathfinder --a {A} --b {A} --dataset patterns --out {x} | --a and --b are the same model
            bench --compare --python {root}/nonexistent                    | --python
            spectrum --model {A} --density {root}/missing/d.csv            | --density
            spectrum --model {M} --density {root}/d.csv --density-steps 100000 | --density-steps
            figure {SW} --out {x}.png --format svg                         | --format svg contradicts --out {x}.png
            figure {SW} --kind phase --log --out {x}.png                   | --log goes with --kind slice
            path --kind linear --lambda-grid 0:1:0.1 --a {A} --b {A2} --out {x} | --lambda-grid goes with --kind pathfinder
            path --kind linear --epochs 5 --a {A} --b {A2} --out {x}       | --epochs goes with --kind bezier
            slice --model {A} --direction random --to {A2} --out {x}       | --to goes with --direction toward or plane
            slice --model {A} --quantity loss --class 1 --out {x}          | --class goes with --quantity class
            slice --model {A} --quantity error --lambda 0.5 --out {x}      | --lambda goes with --quantity reg
            --data {root}/nonexistent train --out {x}                      | --data
            slice --model {A} --range -Infinity:Infinity --out {x}         | --range must be MIN:MAX with −1e6 ≤ MIN < MAX ≤ 1e6
            slice --model {A} --range -1e308:1e308 --out {x}               | --range must be MIN:MAX with −1e6 ≤ MIN < MAX ≤ 1e6
            slice --model {A} --range 1:-1 --out {x}                       | --range must be MIN:MAX with −1e6 ≤ MIN < MAX ≤ 1e6
            """)
    void nonsenseExitsWith2BeforeAnyFolderIsCreated(String args, String message) {
        CliRunner cli = new CliRunner();
        Path x = root.resolve("x");

        int code = cli.run(arguments(args));

        assertThat(code).as(cli.err() + cli.out()).isEqualTo(2);
        assertThat(cli.err().lines().findFirst().orElse(""))
                .startsWith("Error: ")
                .contains(expand(message.trim()))
                .doesNotContain("Exception", "io.phasescope", "No enum constant", "Error: Error");
        assertThat(x).as("no folder was created").doesNotExist();
        assertThat(Path.of(x + ".png")).doesNotExist();
        assertThat(cli.out()).as("nothing was computed").doesNotContain("epoch", "top:", "λ=");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            slice --model {N} --dataset patterns --out {x}
            path --a {N} --b {A} --dataset patterns --out {x}
            spectrum --model {N} --dataset patterns
            """)
    void aModelWithNonFiniteParametersIsRefused(String args) throws IOException {
        Path folder = root.resolve("N");
        if (!Files.exists(folder)) {
            NetworkSpec spec = new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1);
            float[] theta = XavierInit.initialize(spec);
            theta[7] = Float.NaN;
            Files.createDirectories(folder);
            ModelSerializer.writeModel(
                    Dl4jNetworks.network(spec, theta, 1e-3),
                    folder.resolve(ModelStore.NETWORK_FILE).toFile(),
                    false);
            String sidecar = Files.readString(root.resolve("A").resolve(ModelStore.SIDECAR_FILE));
            Files.writeString(
                    folder.resolve(ModelStore.SIDECAR_FILE),
                    sidecar.substring(0, sidecar.indexOf(",\n  \"files\"")) + "\n}");
        }
        CliRunner cli = new CliRunner();

        assertThat(cli.run(arguments(args.replace("{N}", folder.toString()))))
                .as(cli.err())
                .isEqualTo(1);
        assertThat(cli.err()).contains("1 non-finite parameters").doesNotContain("Exception");
        assertThat(root.resolve("x")).doesNotExist();
        assertThat(cli.out()).doesNotContain("converged", "top:");
    }

    /** {A}, {SW}, {x} and {root} stand for the fixtures; {@code _} for an empty argument. */
    private static String[] arguments(String args) {
        return List.of(args.trim().split(" +")).stream()
                .map(a -> a.equals("_") ? "" : expand(a))
                .toArray(String[]::new);
    }

    private static String expand(String text) {
        String result = text.replace("{root}", root.toString())
                .replace("{x}", root.resolve("x").toString());
        for (String name : List.of("A2", "A", "B", "M", "SW")) {
            result = result.replace("{" + name + "}", root.resolve(name).toString());
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            spectrum | --subset=N
            """)
    void helpSaysWhatTheDefaultIs(String command, String option) {
        CliRunner cli = new CliRunner();
        assertThat(cli.run(command, "--help")).isZero();
        List<String> lines = cli.out().lines().toList();
        int at = lines.indexOf(lines.stream()
                .filter(l -> l.strip().startsWith(option))
                .findFirst()
                .orElseThrow());
        assertThat(lines.get(at) + lines.get(at + 1))
                .doesNotContain("Default: 0")
                .contains("10000");
    }
}
