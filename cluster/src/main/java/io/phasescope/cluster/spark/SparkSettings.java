package io.phasescope.cluster.spark;

import org.apache.spark.SparkConf;

/**
 * How a study's driver joins Spark.
 *
 * @param master {@code local[*]}, {@code local[N]}, {@code spark://HOST:PORT} (a standalone master), {@code yarn}
 *     or {@code k8s://[https://]HOST:PORT} (both passed to Spark unchanged; they need Spark's YARN or Kubernetes
 *     support on the class path, as {@code spark-submit} from a Spark distribution provides: docs/scaling.md)
 * @param ui whether the driver serves Spark's web UI (port 4040, or the next free one)
 */
public record SparkSettings(String master, boolean ui) {

    public SparkSettings {
        if (master == null
                || !(master.matches("local(\\[(\\*|[1-9]\\d{0,3})(,[1-9]\\d{0,2})?])?")
                        || master.matches("spark://[^\\s/]+:\\d{1,5}(,[^\\s/]+:\\d{1,5})*")
                        || master.equals("yarn")
                        || master.matches("k8s://(https?://)?[^\\s/]+(:\\d{1,5})?/?"))) {
            throw new IllegalArgumentException(
                    "--master must be local[*], local[N], spark://HOST:PORT, yarn or k8s://HOST:PORT, was " + master);
        }
    }

    /**
     * The Spark configuration of a study named {@code name}: one core per task (the engine is fastest on one BLAS
     * thread), no speculative copies of a task (two copies would contend for the folder lock), four attempts per task
     * on a cluster, executors started with one OpenMP thread, and in local mode a driver bound to loopback.
     */
    SparkConf conf(String name) {
        SparkConf conf = new SparkConf();
        if (master.startsWith("local")) {
            // local mode serves nothing beyond this machine: bind the driver (and its UI) to loopback
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        } else {
            // executors run the engine, whose kernels use the JDK Vector API (Spark adds its own --add-opens)
            conf.set("spark.executor.extraJavaOptions", "--add-modules jdk.incubator.vector");
        }
        return conf.setAppName("phasescope study " + name)
                .setMaster(master)
                .set("spark.task.cpus", "1")
                .set("spark.speculation", "false")
                .set("spark.task.maxFailures", "4")
                .set("spark.executorEnv.OMP_NUM_THREADS", "1")
                .set("spark.ui.enabled", String.valueOf(ui))
                .set("spark.ui.showConsoleProgress", "false");
    }
}
