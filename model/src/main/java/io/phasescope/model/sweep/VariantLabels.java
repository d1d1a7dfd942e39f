package io.phasescope.model.sweep;

import io.phasescope.model.net.NetworkSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Short labels that tell overlaid sweep folders apart when they are not seeds of one experiment: the fields in which
 * their specs differ (for example {@code "lr 0.03"} or {@code "relu · lr 0.01"}), or, when their specs agree in every
 * field but they hold a seed in common, each folder's name. Seeds of one experiment (same fields, no seed in common,
 * as docs/results/paper-seed1..3) get empty labels and look as a single sweep does.
 */
final class VariantLabels {

    /** The fields compared, each as a label prefix and the value of a spec. */
    private record Field(String name, Function<SweepSpec, String> value) {}

    private static final List<Field> FIELDS = List.of(
            new Field("", s -> s.data().kind().id()),
            new Field(
                    "",
                    s -> s.network() instanceof NetworkSpec n ? n.activation().id() : ""),
            new Field(
                    "hidden",
                    s -> s.network() instanceof NetworkSpec n
                            ? n.hiddenWidths().stream().map(String::valueOf).collect(Collectors.joining("-"))
                            : s.network().describe()),
            new Field("lr", s -> number(s.options().learningRate())),
            new Field("batch", s -> Integer.toString(s.options().batchSize())),
            new Field("epochs", s -> Integer.toString(s.options().maxEpochs())),
            new Field("train", s -> Integer.toString(s.data().trainSize())));

    private VariantLabels() {}

    /** One label per folder, in order; all empty when the folders are seeds of one experiment. */
    static List<String> of(List<SweepFolder> folders) {
        List<List<String>> parts = new ArrayList<>();
        folders.forEach(f -> parts.add(new ArrayList<>()));
        for (Field field : FIELDS) {
            List<String> values =
                    folders.stream().map(f -> field.value().apply(f.spec())).toList();
            if (new HashSet<>(values).size() > 1) {
                for (int i = 0; i < folders.size(); i++) {
                    String v = values.get(i);
                    parts.get(i).add(field.name().isEmpty() ? v : field.name() + " " + v);
                }
            }
        }
        List<String> labels = parts.stream().map(p -> String.join(" · ", p)).toList();
        if (sharesAWalk(folders, labels)) {
            return folders.stream().map(f -> name(f.root())).toList();
        }
        return labels;
    }

    /** Whether two folders with the same label hold a seed in common. */
    static boolean sharesAWalk(List<SweepFolder> folders, List<String> labels) {
        Set<String> walks = new HashSet<>();
        for (int i = 0; i < folders.size(); i++) {
            for (long seed : folders.get(i).spec().seeds()) {
                if (!walks.add(labels.get(i) + " seed " + seed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? root.toString() : name.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replaceFirst("\\.?0+$", "");
    }
}
