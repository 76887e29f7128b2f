package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    private static final String BREAKOUT = "区</script><img id=probe src=//e.ex/p.gif>&\u2028\u2029";

    @Test
    void aNameCannotCloseTheScriptItStandsIn() {
        String json = Charts.bar(List.of(BREAKOUT), List.of(new Charts.Series(BREAKOUT, List.of(1), Charts.COLOURS.get(0))), true);

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(json).contains("区\\u003c/script\\u003e\\u003cimg");
    }

    @Test
    void theEscapedDocumentIsTheSameJson() {
        String json = Charts.line(List.of(BREAKOUT), List.of(new Charts.Series("a<b", List.of(2), Charts.COLOURS.get(1))), false);

        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo(BREAKOUT);
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label")).isEqualTo("a<b");
    }

    @Test
    void everyCharacterThatEndsAScriptOrALineIsEscaped() {
        assertThat(ScriptJson.escape("\"</script>&\u2028\u2029\"")).isEqualTo("\"\\u003c/script\\u003e\\u0026\\u2028\\u2029\"");
    }
}
