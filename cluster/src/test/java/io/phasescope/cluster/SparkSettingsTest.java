package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.cluster.spark.SparkSettings;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {

    @Test
    void localStandaloneYarnAndKubernetesMastersAreAccepted() {
        for (String master : new String[] {
            "local",
            "local[*]",
            "local[2]",
            "local[2,3]",
            "spark://10.0.0.1:7077",
            "yarn",
            "k8s://https://10.0.0.1:6443",
            "k8s://kube.example.org:443"
        }) {
            assertThatCode(() -> new SparkSettings(master, false)).as(master).doesNotThrowAnyException();
        }
    }

    @Test
    void anyOtherMasterIsRefusedNamingTheOption() {
        for (String master : new String[] {"yarn-client", "local[0]", "spark://host", "k8s://", "mesos://h:5050", ""}) {
            assertThatThrownBy(() -> new SparkSettings(master, false))
                    .as(master)
                    .hasMessageStartingWith(
                            "--master must be local[*], local[N], spark://HOST:PORT, yarn or k8s://HOST:PORT, was "
                                    + master);
        }
    }
}
