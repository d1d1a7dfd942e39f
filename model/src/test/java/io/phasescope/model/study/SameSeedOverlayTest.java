package io.phasescope.model.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays of study sweeps that hold the same seed: the two learning rates of {@link TinyStudy#RATES}. */
class SameSeedOverlayTest {

    @TempDir
    static Path dir;

    /** Seeds 1 and 2 at learning rate 0.01, then at 0.03. */
    private static List<Path> rate001;

    private static List<Path> rate003;

    @BeforeAll
    static void runTheStudy() throws IOException {
        Path root = Files.createDirectories(dir.resolve("study"));
        TinyStudy.run(root, TinyStudy.RATES, 4);
        List<VariantResult> variants = StudyResults.read(root).variants();
        rate001 = variants.get(0).variant().entries().stream()
                .map(StudyEntry::folder)
                .toList();
        rate003 = variants.get(1).variant().entries().stream()
                .map(StudyEntry::folder)
                .toList();
    }

    @Test
    void seedOneAtTwoLearningRatesKeepsItsTwoWalksApartNamedByTheRate() throws IOException {
        SweepFolder slow = SweepFolder.open(rate001.get(0));
        SweepFolder fast = SweepFolder.open(rate003.get(0));

        SweepOverlay overlay = SweepOverlay.of(List.of(slow, fast));

        assertThat(SweepOverlay.labels(List.of(slow, fast))).containsExactly("lr 0.01", "lr 0.03");
        assertThat(overlay.points())
                .hasSize(slow.points().size() + fast.points().size());
        assertThat(overlay.points().subList(0, slow.points().size()))
                .allSatisfy(p -> assertThat(p.variant()).isEqualTo("lr 0.01"))
                .extracting(SweepPoint::testAccuracy)
                .containsExactlyElementsOf(
                        slow.points().stream().map(SweepPoint::testAccuracy).toList());
        assertThat(overlay.points()
                        .subList(slow.points().size(), overlay.points().size()))
                .allSatisfy(p -> assertThat(p.variant()).isEqualTo("lr 0.03"));
        assertThat(SweepAnalysis.branches(overlay.points())).hasSize(2);
        // the merged analysis finds each folder's own transitions, none from a walk mixing both
        List<Transition> analysed = SweepAnalysis.of(overlay.points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                .transitions();
        List<Transition> separate = new ArrayList<>();
        SweepOverlay.transitions(slow).forEach(t -> separate.add(t.withVariant("lr 0.01")));
        SweepOverlay.transitions(fast).forEach(t -> separate.add(t.withVariant("lr 0.03")));
        assertThat(analysed).isNotEmpty().containsExactlyInAnyOrderElementsOf(separate);
        assertThat(overlay.transitions()).containsExactlyInAnyOrderElementsOf(separate);
        assertThat(overlay.spreads())
                .allSatisfy(s -> assertThat(s.members()).hasSize(1))
                .allSatisfy(s -> assertThat(s.describe("λ", 1)).contains(" · " + s.variant() + " · "));
    }

    @Test
    void spreadsPoolTheSeedsOfOneVariantOnly() throws IOException {
        List<SweepFolder> all = new ArrayList<>();
        for (Path root : List.of(rate001.get(0), rate001.get(1), rate003.get(0), rate003.get(1))) {
            all.add(SweepFolder.open(root));
        }

        SweepOverlay overlay = SweepOverlay.of(all);

        List<SeedSpread> spreads = overlay.spreads();
        assertThat(spreads).extracting(SeedSpread::variant).contains("lr 0.01", "lr 0.03");
        for (SeedSpread s : spreads) {
            assertThat(s.members()).extracting(Transition::variant).containsOnly(s.variant());
            assertThat(s.members()).extracting(Transition::seed).doesNotHaveDuplicates();
        }
        List<SeedSpread> slowOnly = SweepOverlay.of(all.subList(0, 2)).spreads();
        assertThat(spreads.stream().filter(s -> s.variant().equals("lr 0.01")))
                .extracting(SeedSpread::mean)
                .containsExactlyElementsOf(
                        slowOnly.stream().map(SeedSpread::mean).toList());
    }

    @Test
    void seedsOfOneVariantKeepTheirPlainLabelsAndAFolderGivenTwiceIsRefused() throws IOException {
        SweepFolder one = SweepFolder.open(rate001.get(0));
        SweepFolder two = SweepFolder.open(rate001.get(1));

        assertThat(SweepOverlay.labels(List.of(one, two))).containsExactly("", "");
        assertThat(SweepOverlay.of(List.of(one, two)).points())
                .allSatisfy(p -> assertThat(p.variant()).isEmpty());
        assertThatThrownBy(() -> SweepOverlay.of(List.of(one, two, SweepFolder.open(rate001.get(0)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(rate001.get(0).toString())
                .hasMessageContaining("overlaid twice");
    }
}
