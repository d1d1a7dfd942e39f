package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.cluster.spark.SparkSettings;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {

    @Test
    void localAndStandaloneMastersAreAccepted() {
        for (String master : new String[] {"local", "local[*]", "local[2]", "local[2,3]", "spark://10.0.0.1:7077"}) {
            assertThatCode(() -> new SparkSettings(master, false)).as(master).doesNotThrowAnyException();
        }
    }

    @Test
    void anyOtherMasterIsRefusedNamingTheOption() {
        for (String master : new String[] {"yarn", "local[0]", "spark://host", "k8s://h:443", ""}) {
            assertThatThrownBy(() -> new SparkSettings(master, false))
                    .as(master)
                    .hasMessageStartingWith("--master must be local[*], local[N] or spark://HOST:PORT, was " + master);
        }
    }
}
