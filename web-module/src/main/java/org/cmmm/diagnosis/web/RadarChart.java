package org.cmmm.diagnosis.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configuration of a radar chart of sub-domain scores, for {@code <p:chart value>}. PrimeFaces 15
 * removed its Java chart models (org.primefaces.model.charts.*) and takes the configuration as JSON; building it
 * with Jakarta JSON-P escapes the labels and needs no extra library. The scale is fixed at 0–1, the range of a
 * sub-domain score, so two charts look alike only when the scores do.
 */
public final class RadarChart {

    private RadarChart() {
    }

    public static String json(String datasetLabel, List<String> labels, List<BigDecimal> values) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder valueArray = Json.createArrayBuilder();
        values.forEach(valueArray::add);
        return Json.createObjectBuilder()
                .add("type", "radar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labelArray)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", datasetLabel)
                                .add("data", valueArray)
                                .add("fill", true)
                                .add("backgroundColor", "rgba(11, 79, 156, 0.2)")
                                .add("borderColor", "rgb(11, 79, 156)")
                                .add("pointBackgroundColor", "rgb(11, 79, 156)"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("r", Json.createObjectBuilder()
                                .add("min", 0).add("max", 1)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 0.2))))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }
}
