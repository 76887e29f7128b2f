package org.cmmm.diagnosis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    @Test
    void aRadarOfTheScoresWithLabelsInTheUsersLanguageOnAScaleFromZeroToOne() {
        String json = RadarChart.json("本次得分", List.of("数据", "组织\"战略\""),
                List.of(new BigDecimal("0.75"), BigDecimal.ONE));

        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertThat(chart.getString("type")).isEqualTo("radar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("组织\"战略\"");
        JsonObject dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getString("label")).isEqualTo("本次得分");
        assertThat(dataset.getJsonArray("data").getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("0.75");
        JsonObject scale = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("r");
        assertThat(scale.getInt("min")).isZero();
        assertThat(scale.getInt("max")).isEqualTo(1);
        // readable labels, no tick values drawn over the shape
        assertThat(scale.getJsonObject("pointLabels").getJsonObject("font").getInt("size")).isGreaterThanOrEqualTo(12);
        assertThat(scale.getJsonObject("ticks").getBoolean("display")).isFalse();
    }

    @Test
    void labelsAndValuesMustPairUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> RadarChart.json("x", List.of("a"), List.of()));
    }
}
