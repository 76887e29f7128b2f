package org.cmmm.diagnosis.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.BasicDataField;
import org.cmmm.model.control.BasicDataType;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Fault;
import org.cmmm.platform.web.Language;
import org.cmmm.platform.web.NotFound;
import org.cmmm.platform.web.Texts;
import org.primefaces.PrimeFaces;

/**
 * State of /diagnosis/basic-data.xhtml (基础数据调查问卷, manual §1.3): the fields of the diagnosis's model version;
 * 保存 keeps a draft, "保存，开始答题" submits and locks it. View-scoped, so nothing typed is lost on an error.
 */
@Named
@ViewScoped
public class DiagnosisBasicDataBacking implements Serializable {

    @Inject
    transient DiagnosisService diagnoses;

    @Inject
    transient Language language;

    private Long id;
    private int version;
    private List<BasicDataField> fields;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Object> choices = new HashMap<>();
    /** Field code → localized fault, shown at the field; the same rule the boundary enforces. */
    private Map<String, String> faults = new HashMap<>();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Diagnosis diagnosis;
        try {
            diagnosis = diagnoses.get(id == null ? -1 : id);
        } catch (BusinessException notFound) {
            NotFound.send();
            return;
        }
        if (diagnosis.getStatus() != DiagnosisStatus.BASIC_DATA) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/diagnosis/answer.xhtml?id=" + id);
            return;
        }
        version = diagnosis.getVersion();
        fields = diagnoses.modelOf(diagnosis).basicData();
        diagnoses.basicData(diagnosis).forEach((code, value) -> {
            if (isMulti(code)) {
                choices.put(code, value.split(","));
            } else {
                values.put(code, value);
            }
        });
    }

    /**
     * "保存，开始答题": checks every field first and shows each fault at its field; only a complete questionnaire
     * gets the "cannot be changed later" confirmation, whose 确定 calls {@link #submit()}.
     */
    public void check() {
        faults = new HashMap<>();
        try {
            diagnoses.checkBasicData(id, collected());
        } catch (BusinessException e) {
            show(e);
            return;
        }
        PrimeFaces.current().executeScript("PF('submitConfirm').show()");
    }

    public void save() {
        faults = new HashMap<>();
        try {
            version = diagnoses.saveBasicData(id, version, collected(), false);
            Texts.info("diagnosis.basicData.saved");
        } catch (BusinessException e) {
            show(e);
        }
    }

    public void submit() throws IOException {
        faults = new HashMap<>();
        try {
            version = diagnoses.saveBasicData(id, version, collected(), true);
        } catch (BusinessException e) {
            show(e);
            return;
        }
        Texts.redirectWithInfo("/diagnosis/answer.xhtml?id=" + id, "diagnosis.basicData.submitted");
    }

    public Map<String, String> getFaults() {
        return faults;
    }

    /** Each fault of a field under that field, with a count at the top; faults of no field at the top. */
    private void show(BusinessException refused) {
        for (Fault fault : refused.faults()) {
            fault.field().ifPresentOrElse(field -> faults.put(field, Texts.text(fault.key(), fault.arguments().toArray())),
                    () -> Texts.error(null, fault.key(), fault.arguments().toArray()));
        }
        if (!faults.isEmpty()) {
            Texts.error(null, "diagnosis.basicData.checkFields", faults.size());
        }
    }

    private Map<String, String> collected() {
        Map<String, String> all = new LinkedHashMap<>(values);
        choices.forEach((code, selected) -> all.put(code, join(selected)));
        return all;
    }

    private static String join(Object selected) {
        if (selected instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).collect(Collectors.joining(","));
        }
        if (selected instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return selected == null ? "" : selected.toString();
    }

    private boolean isMulti(String code) {
        return fields.stream().anyMatch(f -> f.code().equals(code) && f.type() == BasicDataType.MULTI_CHOICE);
    }

    public String text(LocalizedText text) {
        return text.in(language.getLocale());
    }

    public List<BasicDataField> getFields() {
        return fields;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, Object> getChoices() {
        return choices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
