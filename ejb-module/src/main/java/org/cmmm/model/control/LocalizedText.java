package org.cmmm.model.control;

import java.util.Locale;

/**
 * A text of the model in both languages; Simplified Chinese is shown first. A missing translation is kept as
 * an empty string so that the validator can name it instead of the reader failing on it.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** Chinese for any Chinese locale, English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
