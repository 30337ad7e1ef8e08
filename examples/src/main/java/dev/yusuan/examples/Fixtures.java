package dev.yusuan.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the examples find the data folder: run from the project root or from the examples module. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * @param relative a path below {@code examples/data}, e.g. {@code seeds/nanchong-2020-budget.json}
     * @return the file, relative to the working directory
     */
    public static Path data(String relative) {
        Path inModule = Path.of("data").resolve(relative);
        return Files.exists(inModule) ? inModule : Path.of("examples", "data").resolve(relative);
    }
}
