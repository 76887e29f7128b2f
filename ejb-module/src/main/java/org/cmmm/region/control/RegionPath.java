package org.cmmm.region.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cmmm.platform.control.BusinessException;

/**
 * Where a region sits in the tree of regions, as the materialized path of its codes from the province down,
 * {@code /320000/320500/320571/}. A region administrator sees the enterprises of their region and of every
 * region below it; with the path stored on each region, that subtree is one
 * indexed {@code LIKE '/320000/320500/%'} instead of a recursive query, and the statistics roll up by prefix.
 *
 * <p>The path begins and ends with {@code /}, so containment and {@code LIKE} compare whole codes: the pattern
 * {@code /320000/320500/%} cannot match a row {@code /320000/3205001/…} or {@code /320000/320500-01…} whose code
 * merely begins with the same characters. Every path starts at a province and each code must be able to sit
 * below the one before it ({@link RegionCode#admitsChild}); anything else is refused as
 * {@code region.path.malformed}, so a bad path never reaches the database to widen or narrow a scope.
 */
public record RegionPath(List<RegionCode> codes) {

    public static final String FAULT_MALFORMED = "region.path.malformed";

    private static final String SEPARATOR = "/";

    public RegionPath {
        if (codes == null || codes.isEmpty() || codes.stream().anyMatch(Objects::isNull)) {
            throw new BusinessException(FAULT_MALFORMED, String.valueOf(codes));
        }
        codes = List.copyOf(codes);
        if (codes.get(0).kind() != RegionCode.Kind.PROVINCE) {
            throw new BusinessException(FAULT_MALFORMED, render(codes));
        }
        for (int i = 1; i < codes.size(); i++) {
            if (!codes.get(i - 1).admitsChild(codes.get(i))) {
                throw new BusinessException(FAULT_MALFORMED, render(codes));
            }
        }
    }

    /** The path of the given codes, province first. */
    public static RegionPath of(List<String> codes) {
        if (codes == null) {
            throw new BusinessException(FAULT_MALFORMED, "null");
        }
        return new RegionPath(codes.stream().map(RegionPath::parseSegment).toList());
    }

    /** Reads a path as stored, {@code /320000/320500/}. */
    public static RegionPath parse(String path) {
        if (path == null || path.length() < 2 || !path.startsWith(SEPARATOR) || !path.endsWith(SEPARATOR)) {
            throw new BusinessException(FAULT_MALFORMED, String.valueOf(path));
        }
        List<RegionCode> codes = new ArrayList<>();
        for (String segment : path.substring(1, path.length() - 1).split(SEPARATOR, -1)) {
            codes.add(parseSegment(segment));
        }
        return new RegionPath(codes);
    }

    /** The path of a region directly below this one. */
    public RegionPath child(String code) {
        return child(parseSegment(code));
    }

    public RegionPath child(RegionCode code) {
        List<RegionCode> childCodes = new ArrayList<>(codes);
        childCodes.add(code);
        return new RegionPath(childCodes);
    }

    /** The path of the region directly above; empty for a province. */
    public Optional<RegionPath> parent() {
        return depth() == 1 ? Optional.empty() : Optional.of(new RegionPath(codes.subList(0, depth() - 1)));
    }

    /** 1 for a province, 2 for a region directly below one, and so on. */
    public int depth() {
        return codes.size();
    }

    /** The code of the region itself, the last of the path. */
    public RegionCode code() {
        return codes.get(codes.size() - 1);
    }

    /** Whether {@code other} is this region or lies anywhere below it. */
    public boolean contains(RegionPath other) {
        return other != null && other.toString().startsWith(toString());
    }

    /** The SQL {@code LIKE} pattern of this region and everything below it; codes need no escaping. */
    public String likePattern() {
        return this + "%";
    }

    /** The path as stored, {@code /320000/320500/}. */
    @Override
    public String toString() {
        return render(codes);
    }

    private static RegionCode parseSegment(String segment) {
        if (segment == null || RegionCode.validate(segment).isPresent()) {
            throw new BusinessException(FAULT_MALFORMED, String.valueOf(segment));
        }
        return new RegionCode(segment);
    }

    private static String render(List<RegionCode> codes) {
        StringBuilder path = new StringBuilder(SEPARATOR);
        codes.forEach(code -> path.append(code.value()).append(SEPARATOR));
        return path.toString();
    }
}
