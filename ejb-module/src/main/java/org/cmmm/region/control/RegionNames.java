package org.cmmm.region.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A region's name as a reader of the page's language reads it. The reference data carries the official Chinese
 * names only; in English a name is written in pinyin beside it — "Suzhou Shi (苏州市)" — the place name in one word,
 * the kind of region (省, 市, 区, 县, 自治区 …) apart. Pinyin comes from pinyin4j with its dictionary of words, which
 * reads the characters of place names right where they have several readings (重庆 Chongqing, 厦门 Xiamen).
 */
public final class RegionNames {

    /** Kinds of region a name ends with, longest first, so that 自治县 is not read as 县. */
    private static final List<String> KINDS = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "经济技术开发区",
            "高新技术产业开发区", "开发区", "新区", "地区", "林区", "矿区", "省", "市", "区", "县", "旗", "盟");

    private static final HanyuPinyinOutputFormat FORMAT = format();
    private static final Map<String, String> PINYIN = new ConcurrentHashMap<>();

    private RegionNames() {
    }

    /** The name in the language: Chinese as it is; English "Suzhou Shi (苏州市)". */
    public static String inLanguage(String name, Locale locale) {
        if (name == null || name.isBlank() || !Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return name;
        }
        String pinyin = pinyin(name);
        return pinyin.isBlank() || pinyin.equals(name) ? name : pinyin + " (" + name + ")";
    }

    /** "Suzhou Shi" for 苏州市, "Guangxi Zhuangzu Zizhiqu" for 广西壮族自治区 (syllables of one word run together). */
    public static String pinyin(String name) {
        return PINYIN.computeIfAbsent(name, RegionNames::spell);
    }

    private static String spell(String name) {
        String kind = KINDS.stream().filter(k -> name.endsWith(k) && name.length() > k.length()).findFirst().orElse("");
        String place = name.substring(0, name.length() - kind.length());
        String spelled = word(place);
        return kind.isEmpty() ? spelled : spelled + " " + word(kind);
    }

    /** The syllables of a word run together, the first capitalized; characters without pinyin are kept as they are. */
    private static String word(String chinese) {
        String spaced;
        try {
            spaced = PinyinHelper.toHanYuPinyinString(chinese, FORMAT, " ", true);
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
        String joined = spaced.replace(" ", "");
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static HanyuPinyinOutputFormat format() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
        return format;
    }
}
