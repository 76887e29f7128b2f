package org.cmmm.region.web;

import java.io.Serializable;

/**
 * The three native selects of a region picker (province, city, county), as register.xhtml has them: the
 * region picked is the most precise one chosen. A changed province clears city and county, a changed city the
 * county.
 */
public class RegionPick implements Serializable {

    private String province;
    private String city;
    private String county;

    /** County, else city, else province; {@code null} when nothing is picked. */
    public String code() {
        return present(county) ? county : present(city) ? city : present(province) ? province : null;
    }

    /** Picks the region of a stored path ({@code /320000/320500/320505/}): its province, city and county. */
    public void pickPath(String regionPath) {
        String[] codes = regionPath == null ? new String[0] : regionPath.replaceAll("^/+|/+$", "").split("/");
        province = codes.length > 0 && !codes[0].isEmpty() ? codes[0] : null;
        city = codes.length > 1 ? codes[1] : null;
        county = codes.length > 2 ? codes[2] : null;
    }

    public void provinceChanged() {
        city = null;
        county = null;
    }

    public void cityChanged() {
        county = null;
    }

    public void clear() {
        province = null;
        city = null;
        county = null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }
}
