package io.phasescope.app.gui.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.app.curvature.DensityResult;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.task.JobState;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.curvature.SpectraCsv;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.render.curvature.SpectraAxis;
import io.phasescope.render.curvature.SpectraDiagram;
import io.phasescope.render.phase.LambdaUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Curvature view model without a screen, on copies of a tiny patterns sweep (16-8-8-3, 14 kept points),
 * run synchronously by the direct executor (the test thread plays the UI thread).
 */
class CurvatureViewModelTest {

    @TempDir
    static Path shared;

    private static Path sweep;

    @TempDir
    Path dir;

    private final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<SweepAnalysis> analysis = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<LambdaUnit> unit = new SimpleObjectProperty<>(LambdaUnit.LAMBDA);
    private final StatusModel status = new StatusModel();

    @BeforeAll
    static void runTheTinySweep() throws IOException {
        sweep = shared.resolve("tiny");
        TinySweep.run(sweep);
    }

    /** A view model that computes only when asked, as the tests below drive it. */
    private CurvatureViewModel viewModel() {
        CurvatureViewModel vm = automaticViewModel();
        vm.automaticProperty().set(false);
        return vm;
    }

    /** As on this project's two-core machines: automatic spectra wait while a sweep trains. */
    private CurvatureViewModel automaticViewModel() {
        return new CurvatureViewModel(
                folder, analysis, unit, new DirectTaskExecutor(), status, CurvatureViewModel.SHARED_CORES);
    }

    /** Opens a fresh copy of the tiny sweep in the (simulated) Phase-diagram view. */
    private Path open() throws IOException {
        Path copy = TinySweep.copy(sweep, dir.resolve("tiny"));
        analysis.set(TinySweep.analysis(copy));
        folder.set(copy);
        return copy;
    }

    @Test
    void withoutASweepNothingRunsAndOpeningOneReadsItsKeptPoints() throws IOException {
        CurvatureViewModel vm = viewModel();
        assertThat(vm.computeCommand().isExecutable()).isFalse();
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.diagramProperty().get().rows()).isEmpty();

        Path root = open();

        assertThat(vm.computeCommand().isExecutable()).isTrue();
        assertThat(vm.computeCommand().labelProperty().get()).isEqualTo("Compute spectra");
        assertThat(vm.cancelCommand().isExecutable()).isFalse();
        assertThat(vm.summaryProperty().get())
                .isEqualTo(root.getFileName() + " · 16-8-8-3 sigmoid: 0 of 14 kept points"
                        + " have spectra · L_λ has a saddle (index ≥ 1) at 0");
        assertThat(vm.density().points()).hasSize(TinySweep.POINTS);
        assertThat(vm.report())
                .hasSameSizeAs(analysis.get().transitions())
                .allSatisfy(line -> assertThat(line).endsWith("no spectra on this walk yet"));

        vm.settings().top().textProperty().set("x");
        assertThat(vm.computeCommand().isExecutable()).isFalse();
        vm.settings().top().textProperty().set("0");
        vm.settings().bottom().textProperty().set("0");
        vm.computeCommand().execute();
        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).contains("need top, bottom >= 0 and top + bottom >= 1");

        folder.set(null);
        assertThat(vm.computeCommand().isExecutable()).isFalse();
        assertThat(vm.density().points()).isEmpty();
    }

    @Test
    void computesTheSpectraOfEveryKeptPointStreamingRowsIntoTheChart() throws IOException {
        CurvatureViewModel vm = viewModel();
        Path root = open();
        List<Integer> published = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        vm.diagramProperty().addListener((obs, old, now) -> {
            published.add(now.rows().size());
            labels.add(vm.computeCommand().labelProperty().get());
        });

        vm.computeCommand().execute();

        SpectraDiagram diagram = vm.diagramProperty().get();
        assertThat(diagram.rows()).hasSize(TinySweep.POINTS);
        assertThat(published).as("one publication per row as it lands").containsSubsequence(1, 2, 3, 13, 14);
        assertThat(diagram.transitions()).isEqualTo(analysis.get().transitions());
        assertThat(diagram.lambdaFrom()).as("the axis spans the grid").isZero();
        assertThat(diagram.lambdaTo()).isCloseTo(0.3, within(1e-12));
        assertThat(diagram.rows()).allSatisfy(r -> {
            assertThat(r.top()).hasSize(3);
            assertThat(r.bottom()).hasSize(3);
            assertThat(r.minL()).isCloseTo(r.minE() + 2 * r.lambda(), within(1e-12));
            assertThat(r.images()).isEqualTo(300);
        });
        assertThat(SpectraCsv.read(root.resolve(SweepFolder.SPECTRA))).hasSize(TinySweep.POINTS);
        assertThat(vm.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.messageProperty().get())
                .startsWith("Spectra complete: 14 points (14 new), L_λ has a saddle at");
        assertThat(status.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.summaryProperty().get()).contains("14 of 14 kept points have spectra");
        assertThat(vm.computeCommand().labelProperty().get()).isEqualTo("Compute spectra");
        assertThat(labels).as("Compute, not Resume, while running").containsOnly("Compute spectra");
        PointSpectrum atZero =
                diagram.rows().stream().filter(r -> r.lambda() == 0).findFirst().orElseThrow();
        assertThat(atZero.maxE()).as("a trained network has positive curvature").isPositive();
    }

    @Test
    void automaticallyComputesTheSpectraOfAnOpenedSweepAndOfEachPointThatLandsLater() throws IOException {
        CurvatureViewModel vm = automaticViewModel();
        assertThat(vm.automaticProperty().get()).as("on by default").isTrue();
        Path root = TinySweep.copy(sweep, dir.resolve("tiny"));
        List<String> lines = java.nio.file.Files.readAllLines(root.resolve(SweepFolder.POINTS));
        int held = 3;
        java.nio.file.Files.write(root.resolve(SweepFolder.POINTS), lines.subList(0, lines.size() - held));
        analysis.set(TinySweep.analysis(root));
        status.info("Cancelled after 11 points"); // what the user did last

        folder.set(root);

        assertThat(vm.diagramProperty().get().rows()).as("no button pressed").hasSize(TinySweep.POINTS - held);
        assertThat(vm.summaryProperty().get()).contains("11 of 11 kept points have spectra");
        assertThat(status.messageProperty().get())
                .as("automatic spectra work quietly")
                .isEqualTo("Cancelled after 11 points");

        java.nio.file.Files.write(root.resolve(SweepFolder.POINTS), lines); // three more points land
        analysis.set(TinySweep.analysis(root));

        assertThat(vm.diagramProperty().get().rows()).hasSize(TinySweep.POINTS);
        assertThat(SpectraCsv.read(root.resolve(SweepFolder.SPECTRA))).hasSize(TinySweep.POINTS);
        assertThat(vm.summaryProperty().get()).contains("14 of 14 kept points have spectra");
        assertThat(status.messageProperty().get()).isEqualTo("Cancelled after 11 points");
    }

    @Test
    void onTwoCoresAutomaticSpectraWaitWhileTheSweepTrainsAndCatchUpWhenItPauses() throws IOException {
        CurvatureViewModel vm = automaticViewModel();
        vm.sweepTrainingProperty().set(true);

        open();

        assertThat(vm.diagramProperty().get().rows())
                .as("the sweep and the UI keep a core each")
                .isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(JobState.IDLE);

        vm.sweepTrainingProperty().set(false);

        assertThat(vm.diagramProperty().get().rows()).hasSize(TinySweep.POINTS);
    }

    @Test
    void onLargerMachinesAutomaticSpectraFollowATrainingSweep() throws IOException {
        CurvatureViewModel vm = new CurvatureViewModel(
                folder, analysis, unit, new DirectTaskExecutor(), status, CurvatureViewModel.SHARED_CORES + 2);
        vm.sweepTrainingProperty().set(true);

        open();

        assertThat(vm.diagramProperty().get().rows()).hasSize(TinySweep.POINTS);
    }

    @Test
    void cancellingTurnsAutomaticSpectraOffUntilTickedAgain() throws IOException {
        CurvatureViewModel vm = automaticViewModel();
        AtomicBoolean once = new AtomicBoolean();
        vm.diagramProperty().addListener((obs, old, now) -> {
            if (now.rows().size() == 2 && !once.getAndSet(true)) {
                vm.cancelCommand().execute();
            }
        });

        Path root = open();

        assertThat(vm.automaticProperty().get()).isFalse();
        assertThat(vm.diagramProperty().get().rows()).hasSize(2);
        assertThat(status.messageProperty().get()).contains("automatic spectra are off until you tick them again");
        analysis.set(TinySweep.analysis(root));
        assertThat(vm.diagramProperty().get().rows())
                .as("stays off as the sweep changes")
                .hasSize(2);

        vm.automaticProperty().set(true);

        assertThat(vm.diagramProperty().get().rows()).hasSize(TinySweep.POINTS);
    }

    @Test
    void aCancelledRunKeepsItsRowsAndResumesWithoutRepeatingThem() throws IOException {
        CurvatureViewModel vm = viewModel();
        Path root = open();
        AtomicBoolean once = new AtomicBoolean();
        vm.diagramProperty().addListener((obs, old, now) -> {
            if (now.rows().size() == 3 && !once.getAndSet(true)) {
                vm.cancelCommand().execute();
            }
        });

        vm.computeCommand().execute();

        assertThat(vm.diagramProperty().get().rows()).hasSize(3);
        assertThat(SpectraCsv.read(root.resolve(SweepFolder.SPECTRA))).hasSize(3);
        assertThat(status.messageProperty().get()).startsWith("Spectra cancelled after 3 of 14 points");
        assertThat(vm.computeCommand().labelProperty().get()).isEqualTo("Resume spectra");
        assertThat(vm.computeCommand().isExecutable()).isTrue();

        vm.computeCommand().execute();

        List<PointSpectrum> rows = SpectraCsv.read(root.resolve(SweepFolder.SPECTRA));
        assertThat(rows).hasSize(TinySweep.POINTS);
        assertThat(rows.stream().map(r -> r.branch() + " " + r.lambda()).distinct())
                .hasSize(TinySweep.POINTS);
        assertThat(status.messageProperty().get()).startsWith("Spectra complete: 14 points (11 new)");

        CurvatureViewModel reopened = viewModel();
        assertThat(reopened.diagramProperty().get().rows())
                .as("rows are read back when the sweep opens")
                .hasSize(TinySweep.POINTS);
    }

    @Test
    void theReportRelatesEachTransitionToTheNearestZeroCrossingInTheUnitShown() throws IOException {
        CurvatureViewModel vm = viewModel();
        open();
        vm.computeCommand().execute();

        assertThat(analysis.get().transitions()).isNotEmpty();
        assertThat(vm.report())
                .hasSameSizeAs(analysis.get().transitions())
                .allSatisfy(line -> assertThat(line)
                        .matches("(up|down) · seed 1: λc ≈ [0-9.e-]+ · (λ_min\\(∇²L_λ\\) crosses 0 at λ ≈ [0-9.e-]+ "
                                + "\\(saddle (lifted|appears)\\) · Δλ = [+−][0-9.e-]+.*|no zero crossing .*)"));

        unit.set(LambdaUnit.BETA);

        assertThat(vm.report())
                .allSatisfy(line -> assertThat(line).contains(": βc ≈ ").doesNotContain("λc"));
        assertThat(vm.diagramProperty().get().unit()).isEqualTo(LambdaUnit.BETA);

        vm.axisProperty().set(SpectraAxis.NORM);

        SpectraDiagram diagram = vm.diagramProperty().get();
        assertThat(diagram.axis()).isEqualTo(SpectraAxis.NORM);
        assertThat(diagram.points()).as("the kept points give each row its ‖θ‖").hasSize(TinySweep.POINTS);
    }

    @Test
    void theDensityPanelComputesTheSpectralDensityAtAChosenKeptPoint() throws IOException {
        CurvatureViewModel vm = viewModel();
        open();
        DensityViewModel density = vm.density();
        assertThat(density.pointProperty().get()).isEqualTo(density.points().get(0));
        density.pointProperty().set(density.points().get(3));

        density.computeCommand().execute();

        DensityResult result = density.resultProperty().get();
        assertThat(result.point()).isEqualTo(density.points().get(3));
        assertThat(result.density().probes()).isEqualTo(3);
        assertThat(result.density().steps()).isEqualTo(40);
        assertThat(Arrays.stream(result.density().weights()).sum()).isCloseTo(1, within(1e-9));
        assertThat(result.images()).isEqualTo(300);
        assertThat(result.title(LambdaUnit.LAMBDA)).startsWith("Spectral density of ∇²L_λ · up · seed 1 · λ = 0.15");
        assertThat(density.label(result.point())).isEqualTo("up · seed 1 · λ = 0.15 (β = 0.3)");
        assertThat(density.computingProperty().get()).isFalse();
        assertThat(status.messageProperty().get()).startsWith("Density at up · seed 1 · λ = 0.15");

        folder.set(null);
        assertThat(density.resultProperty().get()).isNull();
        assertThat(density.computeCommand().isExecutable()).isFalse();
    }

    @Test
    void aConvolutionalSweepIsExplainedNotComputed() throws IOException {
        CurvatureViewModel vm = viewModel();
        SweepSpec cnn = new SweepSpec(
                "cnn",
                new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
                PatternsCnnSpec.patterns(1),
                TrainingOptions.defaults(),
                SweepGrid.linear(0, 0.02, 0.01),
                SweepMode.UP,
                List.of(1L),
                1);
        folder.set(SweepFolder.openOrCreate(dir.resolve("cnn"), cnn).root());

        assertThat(vm.computeCommand().isExecutable()).isFalse();
        assertThat(vm.summaryProperty().get()).startsWith("Hessian spectra need an MLP sweep; this sweep trains");
        assertThat(vm.density().points()).isEmpty();
    }
}
