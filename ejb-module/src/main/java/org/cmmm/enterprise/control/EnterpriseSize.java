package org.cmmm.enterprise.control;

import java.math.BigDecimal;
import java.util.Locale;
import org.cmmm.platform.control.BusinessException;

/**
 * Enterprise size (企业规模) by the national statistical rule, 《统计上大中小微型企业划分办法（2017）》
 * (国统字〔2017〕213号), row 工业 (industry), which covers the manufacturing enterprises of this platform. A size
 * needs both of its lower limits, employees (从业人员) and annual revenue (营业收入, in 10,000 yuan / 万元);
 * an enterprise that misses either falls to the next size down, and one below the small limits is micro.
 * The limits are inclusive ("≥"), as in the rule's text for 大型 (X ≥ 1000, Y ≥ 40000).
 */
public enum EnterpriseSize {
    /** 大型: at least 1,000 employees and 400 million yuan revenue. */
    LARGE(1000, new BigDecimal("40000")),
    /** 中型: at least 300 employees and 20 million yuan revenue. */
    MEDIUM(300, new BigDecimal("2000")),
    /** 小型: at least 20 employees and 3 million yuan revenue. */
    SMALL(20, new BigDecimal("300")),
    /** 微型: everything below the small limits. */
    MICRO(0, BigDecimal.ZERO);

    public static final String FAULT_EMPLOYEES_NEGATIVE = "enterprise.size.employeesNegative";
    public static final String FAULT_REVENUE_REQUIRED = "enterprise.size.revenueRequired";
    public static final String FAULT_REVENUE_NEGATIVE = "enterprise.size.revenueNegative";

    private final int minimumEmployees;
    private final BigDecimal minimumRevenueTenThousandYuan;

    EnterpriseSize(int minimumEmployees, BigDecimal minimumRevenueTenThousandYuan) {
        this.minimumEmployees = minimumEmployees;
        this.minimumRevenueTenThousandYuan = minimumRevenueTenThousandYuan;
    }

    /**
     * The size of an industrial enterprise.
     *
     * @param employees                    persons employed at the end of the period (期末从业人员)
     * @param annualRevenueTenThousandYuan annual operating revenue in 万元
     * @throws BusinessException for a negative head count or a missing or negative revenue
     */
    public static EnterpriseSize classify(int employees, BigDecimal annualRevenueTenThousandYuan) {
        if (employees < 0) {
            throw new BusinessException(FAULT_EMPLOYEES_NEGATIVE);
        }
        if (annualRevenueTenThousandYuan == null) {
            throw new BusinessException(FAULT_REVENUE_REQUIRED);
        }
        if (annualRevenueTenThousandYuan.signum() < 0) {
            throw new BusinessException(FAULT_REVENUE_NEGATIVE);
        }
        for (EnterpriseSize size : values()) {
            if (employees >= size.minimumEmployees
                    && annualRevenueTenThousandYuan.compareTo(size.minimumRevenueTenThousandYuan) >= 0) {
                return size;
            }
        }
        throw new AssertionError("MICRO has no lower limit");
    }

    public int minimumEmployees() {
        return minimumEmployees;
    }

    public BigDecimal minimumRevenueTenThousandYuan() {
        return minimumRevenueTenThousandYuan;
    }

    /** The message key of the size's name, e.g. {@code enterprise.size.large} (大型). */
    public String messageKey() {
        return "enterprise.size." + name().toLowerCase(Locale.ROOT);
    }
}
