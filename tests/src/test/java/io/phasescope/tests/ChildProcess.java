package io.phasescope.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code ./phasescope}'s main class in a separate JVM with this test JVM's class path. */
final class ChildProcess {

    private ChildProcess() {}

    /** Runs the command with its output and errors appended to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        return builder(java(args))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Runs the command without a {@code DISPLAY} (a GUI command then renders on Monocle), output appended to {@code log}. */
    static Process startHeadless(Path log, String... args) throws IOException {
        ProcessBuilder builder = builder(java(args)).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("DISPLAY");
        return builder.start();
    }

    /**
     * Runs the command with extra JVM options (through {@code JAVA_TOOL_OPTIONS}), its output appended to
     * {@code log}.
     */
    static Process startWithJvmOptions(Path log, String jvmOptions, String... args) throws IOException {
        ProcessBuilder builder = builder(java(args)).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        return builder.start();
    }

    /**
     * Runs the command with no file it writes allowed to grow beyond {@code kib} KiB ({@code ulimit -f}): writes
     * past that fail as on a full disk. Its output goes to a pipe (a log file would be limited too).
     */
    static Process startWithFileSizeLimit(int kib, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + kib + " && exec \"$@\"", "bash"));
        command.addAll(java(args));
        return builder(command).start();
    }

    private static ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", "1");
        return builder;
    }

    /**
     * Runs {@code mainClass} (on this JVM's class path, tests included) with extra JVM options (may be empty) and
     * its output appended to {@code log}.
     */
    static Process startMain(Path log, String jvmOptions, Class<?> mainClass, String... args) throws IOException {
        ProcessBuilder builder =
                builder(java(mainClass.getName(), args)).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        return builder.start();
    }

    private static List<String> java(String... args) {
        return java("io.phasescope.app.Main", args);
    }

    private static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "-Xmx1g",
                "-Dorg.bytedeco.javacpp.cachedir="
                        + System.getProperty(
                                "org.bytedeco.javacpp.cachedir",
                                Path.of(System.getProperty("user.home"), ".cache", "phasescope", "javacpp")
                                        .toString()),
                "-Dphasescope.log=warn",
                "-Dphasescope.logs=" + System.getProperty("phasescope.logs", "target/logs"),
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
