package org.cmmm.region.control;

import java.util.Optional;
import java.util.regex.Pattern;
import org.cmmm.platform.control.BusinessException;

/**
 * The code of a region. Standard regions carry their administrative division code of GB/T 2260: six digits,
 * two each for province, prefecture (city) and county, a {@code 00} pair meaning "the unit itself"
 * ({@code 320000} Jiangsu, {@code 320500} Suzhou, {@code 320571} Suzhou Industrial Park). Regions that GB/T 2260
 * does not list, such as a new economic development zone, are created by support under an existing region
 * (manual: 地区不在列表中) and get the parent's code followed by a two-digit sequence, {@code 320500-01}; a
 * sequence starts at {@code 01}, since {@code 00} would again mean the parent itself. Such a region may in turn
 * get regions of its own ({@code 320500-01-01}).
 *
 * <p>Codes consist of digits and hyphens only, which is why a {@link RegionPath} of them can be matched with
 * SQL {@code LIKE} without escaping.
 *
 * @param value the code, e.g. {@code 320500} or {@code 320500-01}
 */
public record RegionCode(String value) {

    public enum Kind {
        /** 省级: {@code XX0000}. */
        PROVINCE,
        /** 地级 (prefecture level, including pseudo-units such as 省直辖县级行政区划 {@code XX9000}): {@code XXXX00}. */
        CITY,
        /** 县级: {@code XXXXXX} with a last pair other than {@code 00}. */
        COUNTY,
        /** Created by support: {@code <parent code>-NN}. */
        CUSTOM
    }

    public static final String FAULT_INVALID = "region.code.invalid";

    private static final Pattern FORM = Pattern.compile("[0-9]{6}(-[0-9]{2})*");

    /** Validates; a malformed code throws {@code region.code.invalid}. */
    public RegionCode {
        if (validate(value).isPresent()) {
            throw new BusinessException(FAULT_INVALID, String.valueOf(value));
        }
    }

    /** Reads a code; surrounding blanks are dropped. */
    public static RegionCode parse(String text) {
        return new RegionCode(text == null ? null : text.strip());
    }

    /** The fault key of a code, or empty when it is well formed. */
    public static Optional<String> validate(String code) {
        if (code == null || !FORM.matcher(code).matches() || code.startsWith("00")) {
            return Optional.of(FAULT_INVALID);
        }
        String standard = code.substring(0, 6);
        if (standard.substring(2, 4).equals("00") && !standard.substring(4).equals("00")) {
            // a county pair without a prefecture pair: no such unit in GB/T 2260
            return Optional.of(FAULT_INVALID);
        }
        for (int at = 6; at < code.length(); at += 3) {
            if (code.startsWith("-00", at)) {
                return Optional.of(FAULT_INVALID);
            }
        }
        return Optional.empty();
    }

    public Kind kind() {
        if (value.length() > 6) {
            return Kind.CUSTOM;
        }
        if (value.endsWith("0000")) {
            return Kind.PROVINCE;
        }
        return value.endsWith("00") ? Kind.CITY : Kind.COUNTY;
    }

    public boolean isCustom() {
        return kind() == Kind.CUSTOM;
    }

    /** For a region created by support, the region it was created under; empty for a GB/T 2260 region. */
    public Optional<RegionCode> customParent() {
        return isCustom() ? Optional.of(new RegionCode(value.substring(0, value.length() - 3))) : Optional.empty();
    }

    /** The code of the {@code sequence}-th region support creates under this one (1–99). */
    public RegionCode customChild(int sequence) {
        if (sequence < 1 || sequence > 99) {
            throw new IllegalArgumentException("a custom region sequence is 1-99, not " + sequence);
        }
        return new RegionCode(value + String.format("-%02d", sequence));
    }

    /**
     * Whether {@code child} can sit directly below this region: a support-created region below the region its
     * code names; a GB/T 2260 city below its province; a GB/T 2260 county below its city, or below its province
     * where no prefecture level is kept in the data. Nothing of GB/T 2260 sits below a county or a
     * support-created region.
     */
    public boolean admitsChild(RegionCode child) {
        if (child.isCustom()) {
            return child.customParent().orElseThrow().equals(this);
        }
        return switch (kind()) {
            case PROVINCE -> child.kind() != Kind.PROVINCE && child.value.startsWith(value.substring(0, 2));
            case CITY -> child.kind() == Kind.COUNTY && child.value.startsWith(value.substring(0, 4));
            case COUNTY, CUSTOM -> false;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
