package io.phasescope.cluster.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A study's paths on Spark, once their sweeps are done: one single-task job per path ({@link PathTask}), all submitted
 * at once, one line printed as each is waited for.
 */
final class PathJobs {

    private PathJobs() {}

    /**
     * Computes the paths of {@code orders}.
     *
     * @return how many failed (a rerun tries them again)
     */
    static int run(JavaSparkContext spark, List<PathOrder> orders, PrintWriter out) throws InterruptedException {
        List<JavaFutureAction<List<Double>>> jobs = new ArrayList<>();
        for (PathOrder order : orders) {
            spark.setJobDescription("path " + order.path().name());
            jobs.add(spark.parallelize(List.of(order), 1).map(new PathTask()).collectAsync());
        }
        int failed = 0;
        for (int i = 0; i < orders.size(); i++) {
            String name = orders.get(i).path().name();
            try {
                double barrier = jobs.get(i).get().get(0);
                out.printf(
                        Locale.ROOT,
                        "[path %d/%d] done %s: loss barrier %.4f nats%n",
                        i + 1,
                        orders.size(),
                        name,
                        barrier);
            } catch (ExecutionException e) {
                failed++;
                Throwable cause = e;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                out.printf("[path %d/%d] FAILED %s: %s%n", i + 1, orders.size(), name, cause.getMessage());
            }
            out.flush();
        }
        return failed;
    }
}
