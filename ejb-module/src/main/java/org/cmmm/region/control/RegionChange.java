package org.cmmm.region.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.FormFaults;

/**
 * The rules of support's changes to the region tree (manual: 地区不在列表中 — support adds the regions GB/T 2260
 * does not list, such as a new economic development zone, renames them and takes them out of use). Only support
 * and administrators change regions; every change carries a reason for the audit trail; a region is never
 * deleted, because enterprises and accounts refer to it, so "out of use" means inactive: it disappears from the
 * pickers and stays in the tree.
 *
 * <p>The name of a region a person reads in a picker: 2–50 characters (code points, a Chinese character is one).
 * The reason: 5–500 characters, enough to say who asked and why, short enough for the audit column.
 */
public final class RegionChange {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 50;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;

    public static final String FAULT_NAME_LENGTH = "region.name.length";
    public static final String FAULT_NAME_TAKEN = "region.name.taken";
    public static final String FAULT_REASON_LENGTH = "region.reason.length";
    public static final String FAULT_FULL = "region.zone.full";

    private RegionChange() {
    }

    /** The fault of a region name as typed, or empty; surrounding blanks do not count. */
    public static Optional<String> nameFault(String name) {
        if (name != null && FormFaults.textFault(name, Integer.MAX_VALUE, false).isPresent()) {
            return Optional.of(FormFaults.CONTROL_CHARACTERS);
        }
        return lengthWithin(name, NAME_MIN, NAME_MAX) ? Optional.empty() : Optional.of(FAULT_NAME_LENGTH);
    }

    /** The fault of a reason as typed, or empty; surrounding blanks do not count. */
    public static Optional<String> reasonFault(String reason) {
        if (reason != null && FormFaults.textFault(reason, Integer.MAX_VALUE, true).isPresent()) {
            return Optional.of(FormFaults.CONTROL_CHARACTERS);
        }
        return lengthWithin(reason, REASON_MIN, REASON_MAX) ? Optional.empty() : Optional.of(FAULT_REASON_LENGTH);
    }

    /** The faults of a name and a reason by field ("name", "reason"), so a page marks both at once. */
    public static Map<String, String> violations(String name, String reason) {
        Map<String, String> faults = new LinkedHashMap<>();
        nameFault(name).ifPresent(key -> faults.put("name", key));
        reasonFault(reason).ifPresent(key -> faults.put("reason", key));
        return faults;
    }

    /**
     * The code of the next zone under {@code parent}: the lowest free sequence 01–99 among the codes of the
     * parent's existing children ({@link RegionCode#customChild}). A gap left by nothing (codes are never
     * deleted) does not happen, but lowest-free is what keeps codes short and predictable either way.
     *
     * @throws BusinessException {@code region.zone.full} when all 99 are taken
     */
    public static RegionCode nextZoneCode(RegionCode parent, Collection<String> childCodes) {
        Set<String> taken = childCodes.stream().collect(Collectors.toSet());
        for (int sequence = 1; sequence <= 99; sequence++) {
            RegionCode candidate = parent.customChild(sequence);
            if (!taken.contains(candidate.value())) {
                return candidate;
            }
        }
        throw new BusinessException(FAULT_FULL, parent.value());
    }

    /** Whether {@code name} is already the name of another of the siblings (ignoring blanks around it). */
    public static boolean nameTaken(String name, Map<String, String> siblingNamesByCode, String exceptCode) {
        String wanted = name == null ? "" : name.strip();
        return siblingNamesByCode.entrySet().stream()
                .anyMatch(sibling -> !sibling.getKey().equals(exceptCode) && sibling.getValue().strip().equals(wanted));
    }

    private static boolean lengthWithin(String text, int min, int max) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        return length >= min && length <= max;
    }
}
