package org.cmmm.model.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's glossary (config/model/glossary.tsv: zh, en, note) and its rule: an English text whose Chinese
 * text uses a term uses the term's translation. Matching is case-insensitive; a hyphen counts as a space and
 * "&" as "and"; a plural "-s"/"-es" is allowed, and other forms of a word are listed in the note after
 * "forms:". The longest Chinese term is matched first, so 关键工序 asks for "key operation", not "operation".
 */
final class ModelGlossary {

    private static final Pattern FORMS = Pattern.compile("forms: ([^;]*)");

    record Term(String zh, String en, String note, List<Pattern> translations) {
    }

    private final List<Term> terms;

    private ModelGlossary(List<Term> terms) {
        this.terms = terms;
    }

    static ModelGlossary read(InputStream in) throws IOException {
        List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!lines.get(0).equals("zh\ten\tnote")) {
            throw new IllegalArgumentException("glossary header is " + lines.get(0));
        }
        List<Term> terms = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalArgumentException("glossary line without 3 cells: " + line);
            }
            List<String> forms = new ArrayList<>(List.of(cells[1]));
            Matcher matcher = FORMS.matcher(cells[2]);
            if (matcher.find()) {
                Arrays.stream(matcher.group(1).split(",")).map(String::strip).forEach(forms::add);
            }
            terms.add(new Term(cells[0], cells[1], cells[2], forms.stream()
                    .map(form -> Pattern.compile("(?<![a-z])" + Pattern.quote(normalized(form)) + "(s|es)?(?![a-z])"))
                    .toList()));
        }
        return new ModelGlossary(terms);
    }

    List<Term> terms() {
        return terms;
    }

    Optional<Term> term(String zh) {
        return terms.stream().filter(term -> term.zh().equals(zh)).findFirst();
    }

    /** The terms whose translation a text misses, as "where: 关键工序 → key operation". */
    List<String> violations(String where, LocalizedText text) {
        List<String> violations = new ArrayList<>();
        String english = normalized(text.en());
        String chinese = text.zh();
        List<Term> longestFirst = terms.stream()
                .sorted(Comparator.comparingInt((Term term) -> term.zh().length()).reversed()).toList();
        for (Term term : longestFirst) {
            if (chinese.contains(term.zh())) {
                if (term.translations().stream().noneMatch(pattern -> pattern.matcher(english).find())) {
                    violations.add(where + ": " + term.zh() + " → " + term.en() + " missing in \"" + text.en() + "\"");
                }
                chinese = chinese.replace(term.zh(), "\u0000".repeat(term.zh().length()));
            }
        }
        return violations;
    }

    /** Every text of a model that a user reads, by where it is. */
    static Map<String, LocalizedText> texts(MaturityModel model) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        texts.put("model name", model.name());
        texts.put("model description", model.description());
        texts.put("not-involved label", model.notInvolved());
        for (AnswerOption option : model.answerOptions()) {
            texts.put("answer option " + option.code(), option.label());
            option.definition().ifPresent(definition -> texts.put("answer option " + option.code() + " definition",
                    definition));
        }
        for (Level level : model.levels()) {
            texts.put("level " + level.number() + " name", level.name());
            texts.put("level " + level.number() + " description", level.description());
        }
        model.productionTypes().forEach(type -> texts.put("production type " + type.code(), type.name()));
        for (Element element : model.elements()) {
            texts.put("element " + element.code(), element.name());
            for (Domain domain : element.domains()) {
                texts.put("domain " + domain.code(), domain.name());
                domain.subDomains().forEach(sub -> texts.put("sub-domain " + sub.code(), sub.name()));
            }
        }
        for (Question question : model.questions()) {
            texts.put("question " + question.id() + " text", question.text());
            texts.put("question " + question.id() + " explanation", question.explanation());
        }
        for (BasicDataField field : model.basicData()) {
            texts.put("basic-data " + field.code() + " label", field.label());
            field.help().ifPresent(help -> texts.put("basic-data " + field.code() + " help", help));
            field.unit().ifPresent(unit -> texts.put("basic-data " + field.code() + " unit", unit));
            field.options().forEach(option -> texts.put("basic-data " + field.code() + " option " + option.code(),
                    option.label()));
        }
        return texts;
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace('-', ' ').replace("&", "and");
    }
}
