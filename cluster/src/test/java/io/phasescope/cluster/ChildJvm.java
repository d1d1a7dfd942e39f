package io.phasescope.cluster;

import io.phasescope.cluster.cli.ClusterMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code ./phasescope study|cluster …} in a separate JVM on this test JVM's class path, with its JDK options
 * (Spark's {@code --add-opens}, the Vector API), bound to loopback, its output and errors appended to a log file.
 */
final class ChildJvm {

    private ChildJvm() {}

    /**
     * Starts {@link ClusterMain} with {@code args}; {@code sparkHome} (a folder with an empty {@code jars/}) is the
     * {@code SPARK_HOME} a standalone worker starts its executors from, and executors get this JVM's class path.
     */
    static Process start(Path log, Path sparkHome, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx1g", "--add-modules", "jdk.incubator.vector"));
        // Spark's --add-opens, as the launcher passes them (surefire hands the POM's list to the tests)
        command.addAll(List.of(System.getProperty("spark.jvm.opens").trim().split("\\s+")));
        String natives = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (natives != null) {
            command.add("-Dorg.bytedeco.javacpp.cachedir=" + natives);
        }
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-Dspark.executor.extraClassPath=" + System.getProperty("java.class.path"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClusterMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    /** A {@code SPARK_HOME} in {@code dir}: an empty {@code jars/} (executors take the class path from the driver). */
    static Path sparkHome(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("jars"));
        return dir;
    }

    /** Waits up to {@code seconds} for {@code condition}, failing if {@code process} dies first. */
    static void await(String what, Process process, int seconds, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the process died (exit " + process.exitValue() + ") before " + what);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    /** The lines of {@code log} that contain {@code text} (0 while the log does not exist). */
    static long count(Path log, String text) {
        try {
            return Files.exists(log)
                    ? Files.readAllLines(log).stream()
                            .filter(l -> l.contains(text))
                            .count()
                    : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** SIGKILLs {@code process} and everything it started, and waits for it. */
    static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
