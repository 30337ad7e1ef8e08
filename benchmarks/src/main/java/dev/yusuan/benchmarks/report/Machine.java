package dev.yusuan.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine and JVM, without any path. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the CPU unnamed
        }
        long memMb = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memMb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown memory
        }
        return cpu + ", nproc " + Runtime.getRuntime().availableProcessors()
                + (memMb > 0 ? ", " + (memMb + 512) / 1024 + " GiB RAM" : "") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "; java -version: " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")";
    }
}
