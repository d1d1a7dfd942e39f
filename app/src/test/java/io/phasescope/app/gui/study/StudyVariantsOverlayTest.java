package io.phasescope.app.gui.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.phase.KeepModelViewModel;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.phase.TinySweeps;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.ModelAtLambda;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.study.TinyStudy;
import io.phasescope.model.sweep.PointDetailsCsv;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.model.sweep.SweepPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 1 at two learning rates, overlaid from the study window: two walks with the same seed, told apart by their
 * rate in every list, and each point's model loaded from its own folder. No screen: the executor is synchronous.
 */
class StudyVariantsOverlayTest {

    @TempDir
    static Path dir;

    private static Path study;

    private final StatusModel status = new StatusModel();

    @BeforeAll
    static void runSeedOneAtBothRates() throws IOException {
        study = Files.createDirectories(dir.resolve("study"));
        TinyStudy.run(study, TinyStudy.RATES, 3);
    }

    @Test
    void seedOneAtTwoRatesIsOverlaidAsTwoNamedWalksAndEachLoadsItsOwnModel(@TempDir Path sweeps) throws IOException {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        PhaseViewModel phase =
                new PhaseViewModel(List.of(new SweepChoice("tiny", "Tiny", TinySweeps.TINY)), sweeps, executor, status);
        StudyViewModel vm = new StudyViewModel(phase, executor, status);
        ModelLibrary library = new ModelLibrary();
        KeepModelViewModel keep = new KeepModelViewModel(phase, library, executor, status);
        vm.open(study);
        vm.groups().get(0).tasks().get(1).checkedProperty().set(false);
        StudyTaskRow fast = vm.groups().get(1).tasks().get(0);
        fast.checkedProperty().set(true);

        vm.overlayCommand().execute();

        assertThat(status.errorProperty().get())
                .as(status.messageProperty().get())
                .isFalse();
        assertThat(status.messageProperty().get())
                .isEqualTo("Showing 2 sweeps overlaid, lr 0.01 · seed 1, lr 0.03 · seed 1");
        BranchKey slowWalk = new BranchKey(Branch.UP, 1, "lr 0.01");
        BranchKey fastWalk = new BranchKey(Branch.UP, 1, "lr 0.03");
        assertThat(phase.shown().branches()).containsExactly(slowWalk, fastWalk);
        assertThat(fastWalk).hasToString("up · lr 0.03 · seed 1");
        assertThat(phase.shown().transitionLines())
                .anySatisfy(line -> assertThat(line).startsWith("up · lr 0.01 · seed 1"))
                .anySatisfy(line -> assertThat(line).startsWith("up · lr 0.03 · seed 1"));
        assertThat(phase.shown().phaseLines())
                .anySatisfy(line -> assertThat(line).startsWith("up · lr 0.03 · seed 1: "));
        assertThat(phase.shown().seedSpreadLines())
                .as("one seed per variant: nothing to pool")
                .isEmpty();

        assertThat(phase.shown().shownFolderAnalysis().transitions())
                .as("the Curvature view gets the transitions of the folder shown, as in its own files")
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.variant()).isEmpty())
                .hasSize(SweepOverlay.transitions(SweepFolder.open(
                                vm.groups().get(0).tasks().get(0).folder()))
                        .size());

        phase.scrubber().branchProperty().set(fastWalk);
        phase.scrubber().sliderPositionProperty().set(5);

        SweepFolder fastFolder = SweepFolder.open(fast.folder());
        SweepPoint target = phase.shown().selectedProperty().get();
        assertThat(BranchKey.of(target)).isEqualTo(fastWalk);
        assertThat(phase.scrubber().headlineProperty().get()).startsWith("up · lr 0.03 · seed 1 · ");
        ModelAtLambda model = phase.model().modelProperty().get();
        assertThat(model.point()).isSameAs(target);
        int[][] stored =
                PointDetailsCsv.read(fastFolder.root(), 3).get(target.key()).confusion();
        assertThat(model.evaluation().confusion())
                .as("the fast folder's stored details")
                .isEqualTo(stored);

        keep.keepCommand().execute();

        LibraryModel kept = library.models().get(0);
        assertThat(kept.name()).startsWith(fast.folder().getFileName().toString());
        SweepPoint source = model.kept();
        assertThat(kept.theta())
                .containsExactly(fastFolder
                        .parameters(source.branch(), source.seed(), source.index())
                        .orElseThrow());
    }
}
