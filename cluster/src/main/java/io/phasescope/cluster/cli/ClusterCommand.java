package io.phasescope.cluster.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.deploy.master.Master;
import org.apache.spark.deploy.worker.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code phasescope cluster master|worker}: a Spark standalone master and worker from this project's own jars, bound
 * to loopback unless {@code --host} says otherwise. A worker starts its executors from {@code $SPARK_HOME/jars},
 * which the launcher points at this module's jars.
 */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Start a Spark standalone master or worker from Phasescope's own jars (for study --master).")
final class ClusterCommand {

    @Command(
            name = "master",
            mixinStandardHelpOptions = true,
            description = {
                "Run a standalone master until killed. Workers and studies connect to spark://HOST:PORT;",
                "its web UI (workers, running and finished studies) is at http://HOST:WEBUI-PORT."
            })
    void master(
            @Option(
                            names = "--host",
                            defaultValue = "127.0.0.1",
                            description = "Address to bind and advertise. Default: ${DEFAULT-VALUE} (this machine"
                                    + " only); a cluster needs an address the workers reach.")
                    String host,
            @Option(names = "--port", defaultValue = "7077", description = "Default: ${DEFAULT-VALUE}.") int port,
            @Option(names = "--webui-port", defaultValue = "8080", description = "Default: ${DEFAULT-VALUE}.")
                    int webUiPort) {
        Master.main(
                new String[] {"--host", host, "--port", String.valueOf(port), "--webui-port", String.valueOf(webUiPort)
                });
    }

    @Command(
            name = "worker",
            mixinStandardHelpOptions = true,
            description = {
                "Run a standalone worker for MASTER (spark://HOST:PORT) until killed; it offers its cores to studies,",
                "one task per core. Its web UI is at http://HOST:WEBUI-PORT."
            })
    void worker(
            @Parameters(paramLabel = "MASTER", description = "spark://HOST:PORT of the master.") String master,
            @Option(names = "--host", defaultValue = "127.0.0.1", description = "Default: ${DEFAULT-VALUE}.")
                    String host,
            @Option(names = "--cores", description = "Cores to offer (default: all).") Integer cores,
            @Option(
                            names = "--memory",
                            defaultValue = "4g",
                            description = "Memory for executors. Default: ${DEFAULT-VALUE}.")
                    String memory,
            @Option(names = "--webui-port", defaultValue = "8081", description = "Default: ${DEFAULT-VALUE}.")
                    int webUiPort,
            @Option(
                            names = "--work-dir",
                            paramLabel = "DIR",
                            description = "Executors' logs (default: SPARK_HOME/work).")
                    Path workDir) {
        if (!master.matches("spark://[^\\s/]+:\\d{1,5}")) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "MASTER must be spark://HOST:PORT, was " + master);
        }
        List<String> args =
                new ArrayList<>(List.of("--host", host, "--memory", memory, "--webui-port", String.valueOf(webUiPort)));
        if (cores != null) {
            args.addAll(List.of("--cores", String.valueOf(cores)));
        }
        if (workDir != null) {
            args.addAll(List.of("--work-dir", workDir.toAbsolutePath().toString()));
        }
        args.add(master);
        Worker.main(args.toArray(String[]::new));
    }
}
