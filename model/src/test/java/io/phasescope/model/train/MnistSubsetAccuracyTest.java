package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The paper network learns real MNIST: ≥ 93% test accuracy from a stratified 6,000-image subset. */
@Tag("mnist")
class MnistSubsetAccuracyTest {

    private static final Logger LOG = LoggerFactory.getLogger(MnistSubsetAccuracyTest.class);

    @Test
    void paperNetworkReaches93PercentFrom6000Images() {
        DatasetSplit data = new DataRequest(DataRequest.Kind.MNIST, 6000, 0, 1, null).load(LOG::info);
        NetworkSpec spec = NetworkSpec.paper(1);
        TrainingOptions options = TrainingOptions.defaults().withEpochs(15, 5);
        try (MlpEngine engine = new MlpEngine(spec, XavierInit.initialize(spec), options)) {
            TrainingResult result =
                    Trainer.fit(engine, data, options, TrainingListener.none(), JobControl.none(), false);
            LOG.info(
                    "6000-image subset: {} epochs, test accuracy {}, test loss {}, {} s",
                    result.epochs(),
                    result.evaluation().testAccuracy(),
                    result.evaluation().testLoss(),
                    result.seconds());
            assertThat(data.train().size()).isEqualTo(6000);
            assertThat(data.test().size()).isEqualTo(10_000);
            assertThat(result.evaluation().testAccuracy()).isGreaterThanOrEqualTo(0.93);
        }
    }
}
