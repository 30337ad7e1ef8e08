package dev.yusuan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.json.YusuanJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** examples/data/ledgers/example-2021-final-account.json is {@link ExampleLedger#finalAccount()} as written by io-json. */
class ExampleLedgerFileTest {
    static final Path FILE = Path.of("data", "ledgers", "example-2021-final-account.json");

    @Test
    void theFileIsTheLedgerBuiltInCode() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        YusuanJson.writeLedger(ExampleLedger.finalAccount(), buf);
        String expected = buf.toString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("yusuan.examples.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("run this test with -Dyusuan.examples.regenerate=true after changing ExampleLedger").isEqualTo(expected);
    }
}
