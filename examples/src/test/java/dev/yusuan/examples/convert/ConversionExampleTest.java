package dev.yusuan.examples.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.money.Amount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionExampleTest {
    @Test
    void nanchongAgreesWithItsPrinted政府TableAndLuoyangDiffersBy30199() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        List<ConversionExample.Outcome> outcomes = ConversionExample.run(new PrintStream(buf, true, StandardCharsets.UTF_8));

        ConversionExample.Outcome nanchong = outcomes.get(0);
        assertThat(nanchong.differences()).isEmpty();
        assertThat(nanchong.cells()).hasSize(27); // 9 rows (合计, 2 类, 6 款) × 3 columns
        assertThat(nanchong.cells()).anySatisfy(d -> {
            assertThat(d.row().toString()).isEqualTo("govEconomic:50101");
            assertThat(d.converted()).isEqualTo(Amount.parse("161.49"));
        });

        ConversionExample.Outcome luoyang = outcomes.get(1);
        // 30199 其他工资福利支出 21.5: official 50199, printed 50101; in both amount columns
        assertThat(luoyang.differences()).extracting(d -> d.row().toString() + " " + d.converted() + " " + d.printed())
                .containsExactlyInAnyOrder("govEconomic:50101 34.8 56.3", "govEconomic:50101 34.8 56.3",
                        "govEconomic:50199 21.5 0", "govEconomic:50199 21.5 0");
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("DIFFERS by 21.5");
    }
}
