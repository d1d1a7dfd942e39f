package io.phasescope.model.sweep;

import io.phasescope.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code transitions.csv}: {@code branch,seed,lambda_c,lambda_lo,lambda_hi,norm_before,norm_after,acc_before,acc_after,classes_lost},
 * λ in Phasescope's units, classes lost as digits joined by {@code ;}.
 */
public final class TransitionsCsv {

    public static final String HEADER =
            "branch,seed,lambda_c,lambda_lo,lambda_hi,norm_before,norm_after,acc_before,acc_after,classes_lost";

    private TransitionsCsv() {
    }

    /** Writes the file atomically. */
    public static void write(Path file, List<Transition> transitions) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Transition t : transitions) {
            text.append(t.branch().id()).append(',').append(t.seed()).append(',').append(t.lambdaC()).append(',')
                    .append(t.lambdaLo()).append(',').append(t.lambdaHi()).append(',').append(t.normBefore()).append(',')
                    .append(t.normAfter()).append(',').append(t.accBefore()).append(',').append(t.accAfter()).append(',')
                    .append(t.classesLost().stream().map(String::valueOf).collect(Collectors.joining(";"))).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
