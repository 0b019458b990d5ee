package org.cepkit.json.internal.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link IsoDate} reads a {@code YYYY-MM-DD} date where it stands, and nothing else. */
class IsoDateTest {

    @Test
    void aDateWhereItStandsInALine() {
        byte[] line = "{\"startDate\":\"2026-02-28\"}".getBytes(StandardCharsets.US_ASCII);
        assertThat(IsoDate.parse(line, 14, 24)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(IsoDate.parse(line, 13, 24)).isNull();
    }

    @Test
    void anythingElseIsNull() {
        for (String text : new String[] {"2026-02-30", "2026-13-01", "2026-00-10", "2026/02/01", "2026-2-01",
            "2026-02-1x", "+026-02-01", "2026-02-010", "", "２０２６-02-01", "2026-0é-01"}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(IsoDate.parse(bytes, 0, bytes.length)).as(text).isNull();
        }
        byte[] leap = "2024-02-29".getBytes(StandardCharsets.US_ASCII);
        assertThat(IsoDate.parse(leap, 0, leap.length)).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
