package io.phasescope.model.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyResultsTest {

    @TempDir
    Path dir;

    @Test
    void groupsTheTasksByTheirVariedFieldAndMatchesTheFinishedSeeds() throws IOException {
        Path root = dir.resolve("study");
        Files.createDirectories(root);
        TinyStudy.run(root, TinyStudy.RATES, 3);

        StudyResults results = StudyResults.read(root);

        StudyManifest manifest = results.manifest();
        assertThat(manifest.name()).isEqualTo("tiny-rates");
        assertThat(manifest.variedFields()).containsExactly("learning_rate");
        assertThat(manifest.progress()).isEqualTo("3 of 4 done, 1 pending");
        assertThat(manifest.complete()).isFalse();
        assertThat(results.variedLabel()).isEqualTo("learning_rate");
        assertThat(results.variants())
                .extracting(r -> r.variant().label())
                .containsExactly("learning_rate=0.01", "learning_rate=0.03");
        VariantResult first = results.variants().get(0);
        assertThat(first.seeds()).isEqualTo(2);
        assertThat(first.variant().entries()).extracting(StudyEntry::seed).containsExactly(1L, 2L);
        assertThat(first.classNames()).hasSize(3);
        List<SweepFolder> folders = new ArrayList<>();
        for (StudyEntry e : first.variant().entries()) {
            folders.add(SweepFolder.open(e.folder()));
        }
        assertThat(first.levels())
                .isNotEmpty()
                .isEqualTo(SweepOverlay.of(folders).spreads());
        VariantResult second = results.variants().get(1);
        assertThat(second.seeds()).isEqualTo(1);
        assertThat(second.variant().done()).extracting(StudyEntry::seed).containsExactly(1L);
    }

    @Test
    void onlySeedsVaryingMakesOneVariantNamedByItsFields() throws IOException {
        Path root = dir.resolve("seeds");
        Files.createDirectories(root);
        StudyFolder.openOrCreate(root, TinyStudy.SEEDS);

        StudyResults results = StudyResults.read(root);

        assertThat(results.manifest().variedFields()).isEmpty();
        assertThat(results.variedLabel()).isEqualTo("variant");
        assertThat(results.variants()).singleElement().satisfies(v -> {
            assertThat(v.variant().label()).isEqualTo("patterns-sigmoid-8-lr0.01");
            assertThat(v.seeds()).isZero();
            assertThat(v.levels()).isEmpty();
        });
        assertThat(results.manifest().progress()).isEqualTo("0 of 2 done, 2 pending");
    }

    @Test
    void aFolderThatIsNotAStudyIsRefusedSayingWhy() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertThatThrownBy(() -> StudyResults.read(plain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a study folder: it has no study.json");
        Path sweep = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(sweep.resolve(StudyFolder.MANIFEST), "{\"format\": \"phasescope-sweep\"}");
        assertThatThrownBy(() -> StudyResults.read(sweep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has format 'phasescope-sweep'");
        assertThatThrownBy(() -> StudyResults.read(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a folder");
    }

    @Test
    void aLevelLosesTheClassesAtLeastHalfItsSeedsLose() {
        SeedSpread level = SeedSpread.match(
                        List.of(lost(1, 0.10, List.of(2)), lost(2, 0.11, List.of(2, 1)), lost(3, 0.12, List.of(2, 0))))
                .get(0);
        assertThat(VariantResult.classesLost(level)).containsExactly(2);
        SeedSpread two = SeedSpread.match(List.of(lost(1, 0.10, List.of(2)), lost(2, 0.11, List.of(1))))
                .get(0);
        assertThat(VariantResult.classesLost(two)).containsExactly(1, 2);
        assertThat(VariantResult.levelName(two)).isEqualTo("1");
    }

    private static Transition lost(long seed, double lambda, List<Integer> classes) {
        return new Transition(
                Branch.UP, seed, lambda, lambda - 0.01, lambda + 0.01, 2, 1, 0.9, 0.6, classes, TransitionKind.FULL);
    }
}
