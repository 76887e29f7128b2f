package org.cmmm.model.control;

/** The kinds of field of the basic-data questionnaire (基础数据调查问卷). */
public enum BasicDataType {
    CHOICE, MULTI_CHOICE, INTEGER, DECIMAL, PERCENT, TEXT;

    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
    }
}
