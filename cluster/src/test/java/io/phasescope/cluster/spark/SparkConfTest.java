package io.phasescope.cluster.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The Spark configuration every study runs with, whatever the master and whatever -Dspark.… the user passed. */
class SparkConfTest {

    @Test
    void speculationStaysOffAndEachTaskHasOneCoreEvenWhenASystemPropertyAsksOtherwise() {
        String before = System.getProperty("spark.speculation");
        System.setProperty("spark.speculation", "true");
        try {
            for (String master : List.of("local[2]", "spark://127.0.0.1:7077", "yarn", "k8s://https://h:6443")) {
                SparkConf conf = new SparkSettings(master, false).conf("tiny");

                assertThat(conf.get("spark.master")).as(master).isEqualTo(master);
                assertThat(conf.get("spark.speculation")).as(master).isEqualTo("false");
                assertThat(conf.get("spark.task.cpus")).as(master).isEqualTo("1");
                assertThat(conf.get("spark.executorEnv.OMP_NUM_THREADS"))
                        .as(master)
                        .isEqualTo("1");
            }
        } finally {
            if (before == null) {
                System.clearProperty("spark.speculation");
            } else {
                System.setProperty("spark.speculation", before);
            }
        }
    }
}
