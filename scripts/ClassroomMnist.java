import io.phasescope.model.data.BundledMnist;
import io.phasescope.model.data.MnistSource;
import java.nio.file.Path;

/** Run by scripts/classroom-mnist: writes the bundled classroom subset from the verified MNIST cache into args[0]. */
public class ClassroomMnist {
    public static void main(String[] args) throws Exception {
        BundledMnist.write(MnistSource.cache().files(System.out::println), Path.of(args[0]));
    }
}
